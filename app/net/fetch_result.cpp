#include "net/fetch_result.h"

namespace warta::net {

const char *errorName(FetchResult::Error error)
{
    using E = FetchResult::Error;
    switch (error) {
    case E::None: return "None";
    case E::Timeout: return "Timeout";
    case E::TooLarge: return "TooLarge";
    case E::RedirectLoop: return "RedirectLoop";
    case E::TooManyRedirects: return "TooManyRedirects";
    case E::Http: return "Http";
    case E::Network: return "Network";
    case E::Cancelled: return "Cancelled";
    case E::Gone: return "Gone";
    }
    return "Unknown";
}

} // namespace warta::net
