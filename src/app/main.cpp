// SPDX-License-Identifier: GPL-3.0-or-later
#include "global/version.h"
#include "language.h"
#include "log/log.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char **argv)
{
    // --version must work without a display (CI, package checks).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::fputs(Godwit::versionText(QStringLiteral("godwit")).toUtf8().constData(), stdout);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("godwit"));
    QApplication::setApplicationDisplayName(QStringLiteral("Godwit"));
    QApplication::setApplicationVersion(Godwit::applicationVersion());
    QApplication::setDesktopFileName(Godwit::applicationId());
    Godwit::Language::apply(Godwit::Language::saved());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Migration workbench for Invenio, InvenioRDM and InvenTree."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("version"), QApplication::translate("main", "Print versions and exit.")));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QApplication::translate("main", "Open this workspace folder."), QStringLiteral("DIR"));
    parser.addOption(workspaceOption);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Files to open (accepted for the desktop launcher)."),
                                 QStringLiteral("[files…]"));
    parser.process(app);

    const QString dir = parser.isSet(workspaceOption) ? parser.value(workspaceOption) : Godwit::Workspace::defaultDirectory();
    Godwit::Workspace workspace(dir);
    if (auto s = workspace.ensureCreated(true); !s) {
        QMessageBox::critical(nullptr, QStringLiteral("Godwit"), s.errorMessage());
        return 1;
    }
    Godwit::MainWindow window(workspace.directory());
    window.show();
    return app.exec();
}
