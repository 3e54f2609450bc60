#include "seed/SeedRandom.h"

namespace ud {

quint64 SeedRandom::mix(quint64 value)
{
    value ^= value >> 30;
    value *= 0xbf58476d1ce4e5b9ULL;
    value ^= value >> 27;
    value *= 0x94d049bb133111ebULL;
    value ^= value >> 31;
    return value;
}

SeedRandom SeedRandom::stream(quint64 seed, quint64 purpose, quint64 index)
{
    return SeedRandom(mix(mix(seed ^ 0x5eed5eed5eed5eedULL) + purpose * 0x9e3779b97f4a7c15ULL) ^
                      mix(index + 0x632be59bd9b4e019ULL));
}

} // namespace ud
