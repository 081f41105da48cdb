// A narrow C interface over ICU for Swift. The header names only standard
// integer types and opaque pointers, so Swift modules can import it next to
// Foundation, whose private ICU copy clashes with Debian's ICU headers.
#ifndef PLUME_ICU_H
#define PLUME_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Break iterator kinds accepted by `plume_break_open`.
enum {
    PLUME_BREAK_WORD = 0,
    PLUME_BREAK_SENTENCE = 1
};

/// Opens an ICU break iterator for `locale` (for example "fr@ss=standard").
/// Returns NULL and sets `*status` to the ICU error code on failure.
/// One iterator must not be used by two threads at once.
void *plume_break_open(int32_t kind, const char *locale, int32_t *status);

/// Closes an iterator from `plume_break_open`; NULL is ignored.
void plume_break_close(void *breaker);

/// Finds the boundaries of `text` (UTF-16, `length` code units). Writes at
/// most `capacity` boundary offsets, starting with 0, into `boundaries`,
/// and the rule status of the segment that ends at each boundary into
/// `statuses` (may be NULL). Returns the total number of boundaries, which
/// exceeds `capacity` when the buffers were too small, or -1 on error with
/// `*status` set. The text must stay alive only during the call.
int32_t plume_break_boundaries(void *breaker, const uint16_t *text, int32_t length,
                               int32_t *boundaries, int32_t *statuses,
                               int32_t capacity, int32_t *status);

/// Returns 1 when `text` is already in NFC, 0 otherwise, -1 on error.
int32_t plume_nfc_is_normalized(const uint16_t *text, int32_t length, int32_t *status);

/// Writes the NFC form of `text` into `destination`. Returns its length in
/// UTF-16 code units (more than `capacity` means the buffer was too small),
/// or -1 on error with `*status` set.
int32_t plume_nfc(const uint16_t *text, int32_t length, uint16_t *destination,
                  int32_t capacity, int32_t *status);

/// Returns a static English description of an ICU error code.
const char *plume_icu_error_name(int32_t status);

#ifdef __cplusplus
}
#endif

#endif
