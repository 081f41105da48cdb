// System ICU headers (Debian's libicu-dev). Only the C shim target includes
// them, because Swift modules that also see Foundation's private ICU copy
// fail to build with "different definitions in different modules".
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uchar.h>
