// SPDX-License-Identifier: GPL-3.0-or-later
#include "DotenvEditor.h"

#include "config/DotenvParser.h"

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
        edit.replacements.append(ConfigTextEdit::appendLine(content, key.toUtf8() + '=' + value));
        edit.appended = true;
    }
    return edit;
}
