// SPDX-License-Identifier: GPL-3.0-or-later
#include "Version.h"
#include "cli/Cli.h"
#include "cli/OutputWriter.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral(DTI_APP_BINARY));
    QCoreApplication::setApplicationVersion(QStringLiteral(DTI_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("dti.github.io"));
    const QStringList arguments = QCoreApplication::arguments();
    if (Cli::isCliInvocation(arguments))
        return Cli::run(arguments);
    // TODO(packaging): QGuiApplication::setDesktopFileName(QStringLiteral(DTI_APP_ID)); with the window
    // The desktop window arrives with the GUI issue; until then, explain how to use the CLI.
    OutputWriter::printOut(Cli::usage().toUtf8());
    return 0;
}
