#pragma once

#include "net/fetcher.h"

#include <memory>

namespace warta::cli {

/// The CLI's HTTP client with `jobs` concurrent requests. For tests and benchmarks only,
/// WARTA_TEST_ROUTE_ALL_TO=http://127.0.0.1:PORT sends every request to that loopback
/// server with the original host in the Host header (URLs keep their real names).
[[nodiscard]] std::unique_ptr<net::Fetcher> makeFetcher(int jobs = 8);

} // namespace warta::cli
