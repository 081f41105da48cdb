#include "PlumeICU.h"

#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/utypes.h>

void *plume_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIteratorType type = kind == PLUME_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *breaker = ubrk_open(type, locale, NULL, 0, &error);
    *status = (int32_t)error;
    return U_FAILURE(error) ? NULL : breaker;
}

void plume_break_close(void *breaker) {
    if (breaker != NULL) {
        ubrk_close((UBreakIterator *)breaker);
    }
}

int32_t plume_break_boundaries(void *breaker, const uint16_t *text, int32_t length,
                               int32_t *boundaries, int32_t *statuses,
                               int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = (UBreakIterator *)breaker;
    ubrk_setText(iterator, (const UChar *)text, length, &error);
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return -1;
    }
    int32_t count = 0;
    for (int32_t position = ubrk_first(iterator); position != UBRK_DONE;
         position = ubrk_next(iterator)) {
        if (count < capacity) {
            boundaries[count] = position;
            if (statuses != NULL) {
                statuses[count] = ubrk_getRuleStatus(iterator);
            }
        }
        count += 1;
    }
    // Detach the caller's buffer so the iterator never points at freed memory.
    ubrk_setText(iterator, NULL, 0, &error);
    *status = 0;
    return count;
}

int32_t plume_nfc_is_normalized(const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&error);
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return -1;
    }
    UBool normalized = unorm2_isNormalized(nfc, (const UChar *)text, length, &error);
    *status = (int32_t)error;
    return U_FAILURE(error) ? -1 : (normalized ? 1 : 0);
}

int32_t plume_nfc(const uint16_t *text, int32_t length, uint16_t *destination,
                  int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&error);
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return -1;
    }
    int32_t written = unorm2_normalize(nfc, (const UChar *)text, length,
                                       (UChar *)destination, capacity, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
        *status = 0;
        return written;
    }
    *status = (int32_t)error;
    return U_FAILURE(error) ? -1 : written;
}

const char *plume_icu_error_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}
