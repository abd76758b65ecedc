// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/JsValue.h"
#include "json/JsonReader.h"
#include "json/JsonWriter.h"

#include <QTest>

#include <cmath>
#include <limits>

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFormatNumbersLikeJavaScript_data();
    void shouldFormatNumbersLikeJavaScript();
    void shouldConvertStringsToNumbersLikeJavaScript_data();
    void shouldConvertStringsToNumbersLikeJavaScript();
    void shouldEscapeStringsLikeJsonStringify_data();
    void shouldEscapeStringsLikeJsonStringify();
    void shouldOmitUndefinedMembersAndKeepOrder();
    void shouldPrettyPrintLikeJsonStringifyWithIndentTwo();
    void shouldRoundTripParsedJson_data();
    void shouldRoundTripParsedJson();
    void shouldRejectInvalidJsonWithPosition_data();
    void shouldRejectInvalidJsonWithPosition();
    void shouldKeepFirstPositionAndLastValueOfRepeatedKeys();
    void shouldDropProtoKeysWhenAsked();
    void shouldJudgeTruthinessLikeJavaScript();
    void shouldSurviveDeepNesting();
};

void TestJson::shouldFormatNumbersLikeJavaScript_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("negative zero") << -0.0 << "0";
    QTest::newRow("integer") << 450560.0 << "450560";
    QTest::newRow("fraction") << 2.5 << "2.5";
    QTest::newRow("tenth") << 0.1 << "0.1";
    QTest::newRow("small") << 0.000001 << "0.000001";
    QTest::newRow("smaller") << 0.0000001 << "1e-7";
    QTest::newRow("below 1e21") << 1e20 << "100000000000000000000";
    QTest::newRow("1e21") << 1e21 << "1e+21";
    QTest::newRow("2^53") << 9007199254740992.0 << "9007199254740992";
    QTest::newRow("shortest") << 0.1 + 0.2 << "0.30000000000000004";
    QTest::newRow("negative") << -1.5e300 << "-1.5e+300";
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << "NaN";
    QTest::newRow("Infinity") << std::numeric_limits<double>::infinity() << "Infinity";
}

void TestJson::shouldFormatNumbersLikeJavaScript()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(JsValue::numberToString(value), expected);
}

void TestJson::shouldConvertStringsToNumbersLikeJavaScript_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected"); // NaN compared specially
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("empty") << "" << 0.0;
    QTest::newRow("whitespace") << " \t\n" << 0.0;
    QTest::newRow("padded") << "  12 " << 12.0;
    QTest::newRow("leading zero") << "012" << 12.0;
    QTest::newRow("negative leading zero") << "-0123" << -123.0;
    QTest::newRow("exponent") << "1e3" << 1000.0;
    QTest::newRow("dot first") << ".5" << 0.5;
    QTest::newRow("dot last") << "5." << 5.0;
    QTest::newRow("plus") << "+5" << 5.0;
    QTest::newRow("hex") << "0x1f" << 31.0;
    QTest::newRow("octal") << "0o17" << 15.0;
    QTest::newRow("binary") << "0b101" << 5.0;
    QTest::newRow("signed hex") << "-0x10" << nan;
    QTest::newRow("underscore") << "1_000" << nan;
    QTest::newRow("word") << "abc" << nan;
    QTest::newRow("Infinity") << "Infinity" << std::numeric_limits<double>::infinity();
    QTest::newRow("huge") << "1e400" << std::numeric_limits<double>::infinity();
    QTest::newRow("bare exponent") << "1e" << nan;
}

void TestJson::shouldConvertStringsToNumbersLikeJavaScript()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    const double actual = JsValue::stringToNumber(text);
    if (std::isnan(expected))
        QVERIFY2(std::isnan(actual), qPrintable(QString::number(actual)));
    else
        QCOMPARE(actual, expected);
}

void TestJson::shouldEscapeStringsLikeJsonStringify_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << "https://blog.example.com/x" << QByteArray("\"https://blog.example.com/x\"");
    QTest::newRow("quote and backslash") << "a\"b\\c" << QByteArray("\"a\\\"b\\\\c\"");
    QTest::newRow("short escapes") << "\b\f\n\r\t" << QByteArray("\"\\b\\f\\n\\r\\t\"");
    QTest::newRow("control") << QString(QChar(0x01)) + QChar(0x1f) << QByteArray("\"\\u0001\\u001f\"");
    QTest::newRow("DEL raw") << QString(QChar(0x7f)) << QByteArray("\"\x7f\"");
    QTest::newRow("U+2028 raw") << QString(QChar(0x2028)) << QByteArray("\"\xe2\x80\xa8\"");
    QTest::newRow("non-ASCII raw") << QString::fromUtf8("é😀") << QByteArray("\"\xc3\xa9\xf0\x9f\x98\x80\"");
    QTest::newRow("lone high surrogate") << QString(QChar(0xD800)) << QByteArray("\"\\ud800\"");
    QTest::newRow("lone low surrogate") << QString(QChar(0xDC0A)) + u'x' << QByteArray("\"\\udc0ax\"");
}

void TestJson::shouldEscapeStringsLikeJsonStringify()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(JsonWriter::stringify(JsValue(text)), expected);
}

void TestJson::shouldOmitUndefinedMembersAndKeepOrder()
{
    // Given an object with an undefined member and an array with one
    const JsValue value = JsValue::object({{"z", 1},
                                           {"gone", JsValue()},
                                           {"a", JsValue::null()},
                                           {"list", JsValue::array({JsValue(), JsValue(true)})},
                                           {"nan", std::numeric_limits<double>::quiet_NaN()},
                                           {"re", JsValue::regExp("a+")}});
    // Then the member disappears, the array slot becomes null, NaN is null and a RegExp is {}
    QCOMPARE(JsonWriter::stringify(value),
             QByteArray(R"({"z":1,"a":null,"list":[null,true],"nan":null,"re":{}})"));
    QVERIFY(JsonWriter::stringify(JsValue()).isEmpty());
}

void TestJson::shouldPrettyPrintLikeJsonStringifyWithIndentTwo()
{
    const JsValue value = JsValue::object(
        {{"a", 1}, {"b", JsValue::array({})}, {"c", JsValue::object({})}, {"d", JsValue::array({1, "x"})}});
    QCOMPARE(JsonWriter::stringifyPretty(value),
             QByteArray("{\n  \"a\": 1,\n  \"b\": [],\n  \"c\": {},\n  \"d\": [\n    1,\n    \"x\"\n  ]\n}"));
}

void TestJson::shouldRoundTripParsedJson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("compact");
    QTest::newRow("object") << QByteArray(" { \"b\" : [1, 2.50, -0, 1E2], \"a\": {\"x\": null} } ")
                            << QByteArray(R"({"b":[1,2.5,0,100],"a":{"x":null}})");
    QTest::newRow("escapes") << QByteArray(R"("\u00e9\/\"\ud83d\ude00\ud800")")
                             << QByteArray("\"\xc3\xa9/\\\"\xf0\x9f\x98\x80\\ud800\"");
    QTest::newRow("literals") << QByteArray("[true,false,null]") << QByteArray("[true,false,null]");
}

void TestJson::shouldRoundTripParsedJson()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, compact);
    const auto result = JsonReader::parseUtf8(input);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(JsonWriter::stringify(result.value), compact);
}

void TestJson::shouldRejectInvalidJsonWithPosition_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::newRow("trailing comma") << QByteArray("{\n\"a\": 1,\n}") << 3;
    QTest::newRow("unterminated") << QByteArray("\"abc") << 1;
    QTest::newRow("leading zero") << QByteArray("01") << 1;
    QTest::newRow("bad escape") << QByteArray(R"("\x")") << 1;
    QTest::newRow("short unicode") << QByteArray(R"("\u12")") << 1;
    QTest::newRow("raw newline in string") << QByteArray("\"a\nb\"") << 1;
    QTest::newRow("empty") << QByteArray("") << 1;
    QTest::newRow("two values") << QByteArray("1 2") << 1;
}

void TestJson::shouldRejectInvalidJsonWithPosition()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    const auto result = JsonReader::parseUtf8(input);
    QVERIFY(!result.ok);
    QCOMPARE(result.line, line);
    QVERIFY(!result.error.isEmpty());
}

void TestJson::shouldKeepFirstPositionAndLastValueOfRepeatedKeys()
{
    const auto result = JsonReader::parseUtf8(R"({"a":1,"b":2,"a":3})");
    QVERIFY(result.ok);
    QCOMPARE(JsonWriter::stringify(result.value), QByteArray(R"({"a":3,"b":2})"));
}

void TestJson::shouldDropProtoKeysWhenAsked()
{
    const QByteArray input = R"({"__proto__":{"x":1},"a":1})";
    QCOMPARE(JsonWriter::stringify(JsonReader::parseUtf8(input, true).value), QByteArray(R"({"a":1})"));
    QCOMPARE(JsonWriter::stringify(JsonReader::parseUtf8(input, false).value), input);
}

void TestJson::shouldJudgeTruthinessLikeJavaScript()
{
    QVERIFY(!JsValue().isTruthy());
    QVERIFY(!JsValue::null().isTruthy());
    QVERIFY(!JsValue(0).isTruthy());
    QVERIFY(!JsValue(std::numeric_limits<double>::quiet_NaN()).isTruthy());
    QVERIFY(!JsValue("").isTruthy());
    QVERIFY(JsValue("0").isTruthy());
    QVERIFY(JsValue::array({}).isTruthy());
    QVERIFY(JsValue::object({}).isTruthy());
    QCOMPARE(JsValue::array({1, JsValue::null(), "x"}).jsString(), QString("1,,x"));
}

void TestJson::shouldSurviveDeepNesting()
{
    // Given nesting far deeper than any config: a clear error, no stack overflow
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const auto result = JsonReader::parseUtf8(deep);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains("Nesting"));
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
