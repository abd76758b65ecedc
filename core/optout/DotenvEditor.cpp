// SPDX-License-Identifier: GPL-3.0-or-later
#include "DotenvEditor.h"

#include "config/DotenvParser.h"

namespace {

// Whether dotenv reads `after` as `before` with only key's value changed to value.
bool onlyKeyChanged(const QByteArray &before, const QByteArray &after, const QString &key,
                    const QByteArray &value)
{
    const auto others = [&key](const QList<DotenvParser::Entry> &entries) {
        QList<QPair<QString, QString>> result;
        for (const DotenvParser::Entry &entry : entries) {
            if (entry.key != key)
                result.append({entry.key, entry.value});
        }
        return result;
    };
    const QList<DotenvParser::Entry> parsed = DotenvParser::parse(after);
    const bool keySet = std::any_of(parsed.cbegin(), parsed.cend(), [&](const DotenvParser::Entry &entry) {
        return entry.key == key && entry.value == QString::fromUtf8(value);
    });
    return keySet && others(parsed) == others(DotenvParser::parse(before));
}

} // namespace

ConfigTextEdit DotenvEditor::setValue(const QByteArray &content, const QString &key, const QByteArray &value)
{
    bool validUtf8 = true;
    const QList<DotenvParser::Binding> bindings = DotenvParser::bindings(content, &validUtf8);
    if (!validUtf8)
        return ConfigTextEdit::failure(
            tr("the file is not valid UTF-8, so it cannot be edited without risking other bytes; add the "
               "line %1=%2 by hand")
                .arg(key, QString::fromUtf8(value)));

    ConfigTextEdit edit;
    edit.ok = true;
    for (const DotenvParser::Binding &binding : bindings) {
        if (binding.key != key)
            continue;
        const QByteArray written = content.mid(binding.valueStart, binding.valueEnd - binding.valueStart);
        const bool quoted = written.size() >= 2 && QByteArrayLiteral("\"'`").contains(written.front())
            && written.back() == written.front();
        if (quoted)
            edit.replacements.append({binding.valueStart + 1, written.size() - 2, value});
        else
            edit.replacements.append({binding.valueStart, written.size(), value});
    }
    if (edit.replacements.isEmpty()) {
        edit.appended = true;
        edit.replacements.append(ConfigTextEdit::appendLine(content, key.toUtf8() + '=' + value));
        // A last line such as `KEY:` takes the next line as its value (a dotenv quirk), which would swallow
        // an appended line; the top of the file has no such neighbour above it.
        if (!onlyKeyChanged(content, edit.apply(content), key, value)) {
            const qsizetype bom = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
            edit.replacements = {{bom, 0, key.toUtf8() + '=' + value + ConfigTextEdit::lineEnding(content)}};
        }
    }
    if (!onlyKeyChanged(content, edit.apply(content), key, value))
        return ConfigTextEdit::failure(tr("dotenv would read other values differently after the change; add "
                                          "the line %1=%2 by hand")
                                           .arg(key, QString::fromUtf8(value)));
    return edit;
}
