#pragma once

#include "storage/storage.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace warta::test {

/// A real temporary SQLite database, seeded through the storage API, plus a settings
/// file of its own, for driving the UI the way a reader would.
class UiFixture {
public:
    UiFixture();
    ~UiFixture();

    Storage &storage() { return *m_storage; }
    QSettings &settings() { return *m_settings; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// Two folders, three feeds, nine articles with tags, extracted bodies and
    /// "Baca Juga" links. Ids are kept in the public fields below.
    void seedNews();
    /// `count` more articles in feed `feedId`, one minute apart.
    void addArticles(qint64 feedId, int count);
    /// Runs SQL on the writer and waits (for state the store API has no call for).
    void exec(const QString &sql);

    qint64 antara = 0, tempo = 0, detik = 0;
    qint64 beritaFolder = 0, teknoFolder = 0;
    qint64 policyArticle = 0;  ///< ANTARA, tag Politik
    qint64 startupArticle = 0; ///< ANTARA, tag Teknologi, extracted, with two related links
    qint64 scriptArticle = 0;  ///< ANTARA, body carries a <script>
    qint64 cachedTarget = 0;   ///< Tempo, extracted: the "sudah disimpan" target
    qint64 detikArticle = 0;   ///< Detik, tag teknologi (other spelling)

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace warta::test
