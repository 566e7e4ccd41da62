#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace warta::net {

/// Outcome of one FetchRequest. `error == None` means either a 2xx body or a 304.
struct FetchResult
{
    enum class Error {
        None,
        Timeout,          ///< connect or transfer deadline passed
        TooLarge,         ///< announced or received (decompressed) body above maxBytes
        RedirectLoop,     ///< a redirect pointed back to a URL already visited
        TooManyRedirects, ///< more hops than FetchRequest::maxRedirects
        Http,             ///< non-2xx/304 final status (see httpStatus), except 410
        Network,          ///< refused, reset, DNS, TLS, truncated body, bad encoding...
        Cancelled,        ///< cancelAll() or the Fetcher went away
        Gone,             ///< 410: the feed is gone for good, callers may unsubscribe
    };

    QUrl requestedUrl;
    /// URL of the last hop (as the app knows it, i.e. before any test rewrite).
    QUrl finalUrl;
    /// True when there was at least one redirect and every hop was 301 or 308, so callers may
    /// store finalUrl as the subscription's new address.
    bool permanentRedirect = false;
    int redirectCount = 0;
    int httpStatus = 0;
    bool notModified = false;
    QByteArray body; ///< decompressed; empty for 304 and for errors
    QByteArray contentType;
    /// Validators to send next time; a 304 without its own validators keeps the request's.
    QString etag;
    QString lastModified;
    Error error = Error::None;
    QString errorMessage; ///< readable, one line; empty when error == None

    [[nodiscard]] bool ok() const { return error == Error::None; }
};

/// Stable English name of an error ("Timeout", "TooLarge"...), for logs and test messages.
[[nodiscard]] const char *errorName(FetchResult::Error error);

} // namespace warta::net
