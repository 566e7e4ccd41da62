// libFuzzer entry point: see fuzz_targets.h and scripts/fuzz.sh.
#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    warta::fuzz::fuzzDate(data, size);
    return 0;
}
