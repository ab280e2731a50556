// Umbrella header for the CLibXML2 system-library target. Only the XMLStreaming target imports it.
#ifndef MCRED_CLIBXML2_SHIM_H
#define MCRED_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, and <libxml/encoding.h> then pulls in ICU's headers. Their UErrorCode
// clashes with the copy inside Foundation's _FoundationICU module, so any Swift module that can see both
// fails to compile. Hiding the ICU fields from Swift is safe as long as Swift never allocates or reads an
// xmlCharEncodingHandler (it doesn't).
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

// libxml2's generic error handler is variadic, which Swift can neither write nor call, so the handlers that
// keep libxml2 quiet live here. libxml2 keeps error handlers per thread: the "current thread" form covers the
// thread that calls it, the "new threads" form the threads that first use libxml2 afterwards.
static inline void mcred_xml_discard_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline void mcred_xml_discard_structured_error(void *context, xmlErrorPtr error) {
    (void)context;
    (void)error;
}

static inline void mcred_xml_silence_current_thread(void) {
    xmlSetGenericErrorFunc(NULL, mcred_xml_discard_generic_error);
    xmlSetStructuredErrorFunc(NULL, mcred_xml_discard_structured_error);
}

static inline void mcred_xml_silence_new_threads(void) {
    xmlThrDefSetGenericErrorFunc(NULL, mcred_xml_discard_generic_error);
    xmlThrDefSetStructuredErrorFunc(NULL, mcred_xml_discard_structured_error);
}

#endif // MCRED_CLIBXML2_SHIM_H
