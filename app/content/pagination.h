#pragma once

#include "content/html_document.h"

#include <QUrl>

namespace warta::content {

/// The URL of the article's next page, or an empty URL. Accepts rel=next and links to the
/// same host and path whose page number is one more than this page's (`?page=N`, `/N`),
/// including "Selanjutnya"/"Halaman selanjutnya" buttons pointing there.
[[nodiscard]] QUrl findNextPage(const HtmlDocument &doc, const QUrl &url);

} // namespace warta::content
