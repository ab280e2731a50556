// The SHA-1 compression function in C, so that it can use the x86 SHA extensions (SHA-NI).
// Only MCredCore's SHA1 (and its tests) call this; padding and buffering stay in Swift.
#ifndef CSHA1_H
#define CSHA1_H

#include <stddef.h>
#include <stdint.h>

#if defined(__clang__)
#pragma clang assume_nonnull begin
#endif

/// Runs the SHA-1 compression function (FIPS 180-4, 6.1.2) over `blockCount` consecutive 64-byte
/// blocks at `blocks` (any alignment, message words big-endian), updating the five chaining words
/// at `state` (H0...H4) in place. Uses the SHA extensions when the CPU has them, plain C otherwise.
void csha1_compress(uint32_t *state, const uint8_t *blocks, size_t blockCount);

/// The plain-C path of `csha1_compress`, whatever the CPU. For tests, which compare the two paths.
void csha1_compress_portable(uint32_t *state, const uint8_t *blocks, size_t blockCount);

/// Whether `csha1_compress` uses the SHA extensions on this machine (1) or the plain-C path (0).
int csha1_uses_sha_extensions(void);

#if defined(__clang__)
#pragma clang assume_nonnull end
#endif

#endif
