// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTextFormatter.h"

#include "json/JsonWriter.h"
#include "report/FieldCatalog.h"

QString ReportTextFormatter::format(const Report &report)
{
    QString out;
    if (report.directusWouldFail()) {
        out += tr("Directus would send nothing: %1").arg(report.directusFailureReason()) + QLatin1Char('\n');
        out += tr("The values below are what an older or tolerant reading gives; those affected are marked "
                  "≈.")
            + QStringLiteral("\n\n");
    }
    int keyWidth = 0;
    for (const FieldCatalog::Field &field : FieldCatalog::fields())
        keyWidth = std::max(keyWidth, static_cast<int>(qstrlen(field.key)));

    for (FieldCatalog::Category category : FieldCatalog::categories()) {
        out += FieldCatalog::categoryName(category) + QLatin1Char('\n');
        for (const FieldCatalog::Field &catalogField : FieldCatalog::fields()) {
            if (catalogField.category != category)
                continue;
            const ReportField *field = report.field(QLatin1String(catalogField.key));
            QString value = field->value.isUndefined()
                ? tr("(left out)")
                : QString::fromUtf8(JsonWriter::stringify(field->value));
            QString mark = QStringLiteral("  ");
            if (field->exactness == ReportField::Exactness::Approximate)
                mark = QStringLiteral("≈ ");
            else if (field->exactness == ReportField::Exactness::Unknown)
                mark = QStringLiteral("? ");
            else if (field->exactness == ReportField::Exactness::Estimate)
                mark = QStringLiteral("~ ");
            out += QStringLiteral("  %1%2  %3\n")
                       .arg(mark, QString::fromLatin1(catalogField.key).leftJustified(keyWidth), value);
            if (!field->note.isEmpty())
                out += QStringLiteral("      %1\n").arg(field->note);
        }
        out += QLatin1Char('\n');
    }
    out += tr("≈ approximate   ? not in the database (kept by the server)") + QLatin1Char('\n');
    return out;
}
