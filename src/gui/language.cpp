// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Godwit::Language {

namespace {
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;
QString g_current = QStringLiteral("en");
} // namespace

QList<QPair<QString, QString>> available()
{
    return {{QString(), QCoreApplication::translate("Godwit::Language", "System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QString saved() { return QSettings().value(QStringLiteral("ui/language")).toString(); }
void save(const QString &code) { QSettings().setValue(QStringLiteral("ui/language"), code); }
QString current() { return g_current; }

void apply(const QString &code)
{
    for (QTranslator **t : {&g_app, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    g_current = QStringLiteral("en");
    auto *app = new QTranslator(QCoreApplication::instance());
    if (app->load(locale, QStringLiteral("godwit"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        g_app = app;
        g_current = app->language().section(u'_', 0, 0);
    } else {
        delete app;
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        g_qt = qt;
    else
        delete qt;
    if (g_qt)
        QCoreApplication::installTranslator(g_qt);
    if (g_app)
        QCoreApplication::installTranslator(g_app);
    QLocale::setDefault(locale);
}

} // namespace Godwit::Language
