// Umbrella header for the CSQLite system-library target (apt libsqlite3-dev). Only the SQLiteDatabase
// target imports it.
#ifndef MCRED_CSQLITE_SHIM_H
#define MCRED_CSQLITE_SHIM_H

#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro casting -1 to a function pointer, which Swift cannot import.
static inline sqlite3_destructor_type mcred_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

#endif // MCRED_CSQLITE_SHIM_H
