// SHA-1 compression: the x86 SHA extensions when present, portable C otherwise.
// Name-based UUIDs hash a few blocks per record, so this is on the conversion hot path.
#include "csha1.h"

#if defined(__x86_64__) || defined(__i386__)
#define CSHA1_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

static inline uint32_t rotl(uint32_t x, unsigned n) { return (x << n) | (x >> (32 - n)); }

static inline uint32_t load_be32(const uint8_t *p) {
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | (uint32_t)p[3];
}

void csha1_compress_portable(uint32_t *state, const uint8_t *blocks, size_t blockCount) {
    for (; blockCount > 0; blockCount--, blocks += 64) {
        // The schedule kept as a ring of 16 words: W[t] only needs W[t-3], W[t-8], W[t-14], W[t-16].
        uint32_t w[16];
        for (int t = 0; t < 16; t++) w[t] = load_be32(blocks + 4 * t);
        uint32_t a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
        for (int t = 0; t < 80; t++) {
            if (t >= 16) {
                w[t & 15] = rotl(w[(t - 3) & 15] ^ w[(t - 8) & 15] ^ w[(t - 14) & 15] ^ w[t & 15], 1);
            }
            uint32_t f, k;
            if (t < 20) {
                f = (b & c) | (~b & d);
                k = 0x5A827999;
            } else if (t < 40) {
                f = b ^ c ^ d;
                k = 0x6ED9EBA1;
            } else if (t < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8F1BBCDC;
            } else {
                f = b ^ c ^ d;
                k = 0xCA62C1D6;
            }
            uint32_t temp = rotl(a, 5) + f + e + k + w[t & 15];
            e = d;
            d = c;
            c = rotl(b, 30);
            b = a;
            a = temp;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
    }
}

#if defined(CSHA1_X86)

// The attribute, not a compiler flag, enables the instructions: only this function uses them, and
// it runs only after the CPUID check, so the rest of the binary stays baseline x86.
__attribute__((target("sha,sse4.1,ssse3")))
static void compress_sha_extensions(uint32_t *state, const uint8_t *blocks, size_t blockCount) {
    // SHA1RNDS4 wants A in the top lane (A, B, C, D from high to low) and E alone in the top lane.
    __m128i abcd = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)(const void *)state), 0x1B);
    __m128i e0 = _mm_set_epi32((int)state[4], 0, 0, 0);
    __m128i e1;
    // Reversing all 16 bytes makes each word big-endian and puts W[t] in the top lane, W[t+3] lowest.
    const __m128i byte_order = _mm_set_epi64x(0x0001020304050607LL, 0x08090A0B0C0D0E0FLL);

    for (; blockCount > 0; blockCount--, blocks += 64) {
        const __m128i abcd_saved = abcd, e_saved = e0;
        // m[q % 4] holds W[4q...4q+3]; quad q >= 4 overwrites quad q - 4, which it is the last to use.
        __m128i m[4];
        for (int q = 0; q < 4; q++) {
            m[q] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(const void *)(blocks + 16 * q)), byte_order);
        }

        // Four rounds per step. After four rounds E is A from four rounds back turned by 30 bits;
        // SHA1NEXTE computes that from the saved ABCD and adds the next four message words to it.
        // The round constant and function (F) are chosen by the immediate, which must be a literal.
#define CSHA1_SCHEDULE(q) \
        m[(q) & 3] = _mm_sha1msg2_epu32( \
            _mm_xor_si128(_mm_sha1msg1_epu32(m[(q) & 3], m[((q) + 1) & 3]), m[((q) + 2) & 3]), m[((q) + 3) & 3])
#define CSHA1_ROUNDS(q, f, e_in, e_out) \
        do { \
            if ((q) >= 4) CSHA1_SCHEDULE(q); \
            e_in = _mm_sha1nexte_epu32(e_in, m[(q) & 3]); \
            e_out = abcd; \
            abcd = _mm_sha1rnds4_epu32(abcd, e_in, f); \
        } while (0)

        // Rounds 0-3: E is the chaining value itself, not derived from an earlier A.
        e0 = _mm_add_epi32(e0, m[0]);
        e1 = abcd;
        abcd = _mm_sha1rnds4_epu32(abcd, e0, 0);
        CSHA1_ROUNDS(1, 0, e1, e0);
        CSHA1_ROUNDS(2, 0, e0, e1);
        CSHA1_ROUNDS(3, 0, e1, e0);
        CSHA1_ROUNDS(4, 0, e0, e1);
        CSHA1_ROUNDS(5, 1, e1, e0);
        CSHA1_ROUNDS(6, 1, e0, e1);
        CSHA1_ROUNDS(7, 1, e1, e0);
        CSHA1_ROUNDS(8, 1, e0, e1);
        CSHA1_ROUNDS(9, 1, e1, e0);
        CSHA1_ROUNDS(10, 2, e0, e1);
        CSHA1_ROUNDS(11, 2, e1, e0);
        CSHA1_ROUNDS(12, 2, e0, e1);
        CSHA1_ROUNDS(13, 2, e1, e0);
        CSHA1_ROUNDS(14, 2, e0, e1);
        CSHA1_ROUNDS(15, 3, e1, e0);
        CSHA1_ROUNDS(16, 3, e0, e1);
        CSHA1_ROUNDS(17, 3, e1, e0);
        CSHA1_ROUNDS(18, 3, e0, e1);
        CSHA1_ROUNDS(19, 3, e1, e0);
#undef CSHA1_ROUNDS
#undef CSHA1_SCHEDULE

        // e0 holds ABCD from before the last four rounds; its A turned by 30 is the final E.
        e0 = _mm_sha1nexte_epu32(e0, e_saved);
        abcd = _mm_add_epi32(abcd, abcd_saved);
    }

    _mm_storeu_si128((__m128i *)(void *)state, _mm_shuffle_epi32(abcd, 0x1B));
    state[4] = (uint32_t)_mm_extract_epi32(e0, 3);
}

// CPUID directly rather than __builtin_cpu_supports: that needs libgcc or compiler-rt to know the
// SHA bit, and this needs nothing at link time.
static int cpu_has_sha_extensions(void) {
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    const int ssse3 = (ecx & bit_SSSE3) != 0, sse41 = (ecx & bit_SSE4_1) != 0;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
    return ssse3 && sse41 && (ebx & bit_SHA) != 0;
}

// 0: not checked yet, 1: plain C, 2: SHA extensions. Threads may race to fill it in; they all store
// the same answer, and atomics keep that race defined.
static int detected;

int csha1_uses_sha_extensions(void) {
    int known = __atomic_load_n(&detected, __ATOMIC_RELAXED);
    if (known == 0) {
        known = cpu_has_sha_extensions() ? 2 : 1;
        __atomic_store_n(&detected, known, __ATOMIC_RELAXED);
    }
    return known == 2;
}

void csha1_compress(uint32_t *state, const uint8_t *blocks, size_t blockCount) {
    if (csha1_uses_sha_extensions()) {
        compress_sha_extensions(state, blocks, blockCount);
    } else {
        csha1_compress_portable(state, blocks, blockCount);
    }
}

#else

int csha1_uses_sha_extensions(void) { return 0; }

void csha1_compress(uint32_t *state, const uint8_t *blocks, size_t blockCount) {
    csha1_compress_portable(state, blocks, blockCount);
}

#endif
