#include "cli/cli_network.h"

namespace warta::cli {

std::unique_ptr<net::Fetcher> makeFetcher(int jobs)
{
    net::FetcherOptions options;
    options.maxConcurrent = qMax(1, jobs);
    options.maxPerHost = qMax(2, qMin(jobs, 4));
    const QUrl route(qEnvironmentVariable("WARTA_TEST_ROUTE_ALL_TO"));
    if (route.isValid() && route.host() == QLatin1String("127.0.0.1")) {
        options.rewriteUrl = [route](const QUrl &url) {
            QUrl target = url;
            target.setScheme(route.scheme());
            target.setHost(route.host());
            target.setPort(route.port());
            return target;
        };
    }
    return std::make_unique<net::Fetcher>(options);
}

} // namespace warta::cli
