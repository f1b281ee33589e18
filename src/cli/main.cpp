// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "global/version.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("godwit"));
    QCoreApplication::setApplicationVersion(Godwit::applicationVersion());
    return Godwit::Cli::run(QCoreApplication::arguments());
}
