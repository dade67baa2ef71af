using FsCheck;
using FsCheck.Fluent;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Tests.Exports;

public sealed class FilledValuesTests
{
    private static readonly CanonSnapshot Canon = CanonLoader.Load(CanonFolders.BundledCanon);

    private static readonly GoalFrames P4 = GoalFrameBuilder.Build(Canon.FindProfile("DATASC.AIMACHIN97C0.P4")!);

    [Fact]
    public void Fill_SmartRow_ReplacesItsPlaceholdersInEveryExport()
    {
        var values = FilledValues.Parse(["smart.2.baseline=40%", "smart.2.target=75%", "smart.2.date=Q3 2027"]);

        var text = TextExport.Render(P4, FrameKind.Smart, values);
        var markdown = MarkdownExport.Render(P4, FrameKind.Smart, values);
        var csv = CsvReader.Read(CsvExport.Render(P4, FrameKind.Smart, values));

        Assert.Contains("   Measurable:  Move the metric this drives from 40% to 75% by Q3 2027.\n", text, StringComparison.Ordinal);
        Assert.Contains("   Time-bound:  Q3 2027\n\n3. ", text, StringComparison.Ordinal);
        Assert.Contains("   - **Measurable:** Move the metric this drives from 40% to 75% by Q3 2027.\n", markdown, StringComparison.Ordinal);
        Assert.Equal(["SMART goals", "smart.2", Responsibility(2), "40%", "75%", "Q3 2027", "JFM responsibility (P4)"], csv[2]);
        Assert.Equal("⟨baseline⟩", csv[1][3]);
    }

    [Fact]
    public void Fill_OneKeyResult_LeavesTheOtherKeyResultsPlaceholders()
    {
        var values = FilledValues.Parse(["okr.3.kr2.target=Two new approaches shipped"]);

        var text = TextExport.Render(P4, FrameKind.Okr, values);

        Assert.Contains("  KR2. Evidence at this level's complexity bar: \"Complex, ambiguous problems; devises new approaches\" — Two new approaches shipped by ⟨date⟩", text, StringComparison.Ordinal);
        Assert.Contains("  KR1. From ⟨baseline⟩ to ⟨target⟩ by ⟨date⟩ — tied to: \"Guides teams", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ShortKeyWithOneFrameSelected_NamesThatFramesRow()
    {
        var values = FilledValues.Parse(["1.target=Two reviews", "2.kr2.date=June"], FrameKind.Okr);

        Assert.Equal("Two reviews", values.Get("okr.1", Placeholders.Target));
        Assert.Equal("June", values.Get("okr.2.kr2", Placeholders.Date));
    }

    [Theory]
    [InlineData("1.target=x")]
    [InlineData("smart.1=x")]
    [InlineData("smart.1.goal=x")]
    [InlineData("smart.1.target")]
    [InlineData("smart.1 2.target=x")]
    public void Parse_MalformedPair_IsAFormatErrorNamingThePair(string pair)
    {
        var error = Assert.Throws<FormatException>(() => FilledValues.Parse([pair]));

        Assert.Contains(pair, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("smart.1.target=")]
    [InlineData("smart.1.target=   ")]
    [InlineData("smart.1.target=\r\n\t")]
    public void Fill_EmptyValue_KeepsThePlaceholder(string pair)
    {
        var values = FilledValues.Parse([pair]);

        Assert.Null(values.Get("smart.1", Placeholders.Target));
        Assert.Equal(TextExport.Render(P4, FrameKind.Smart), TextExport.Render(P4, FrameKind.Smart, values));
    }

    [Fact]
    public void Fill_ValueWithNewlinesAndControlCharacters_StaysOnOneLine()
    {
        var values = FilledValues.Parse(["mbo.1.target=  Ship v2\r\n\r\n5. Area: forged row\u0007\u202Eevil  "]);

        var text = TextExport.Render(P4, FrameKind.Mbo, values);

        Assert.Equal("Ship v2 5. Area: forged row evil", values.Get("mbo.1", Placeholders.Target));
        Assert.Contains("   Target:   Ship v2 5. Area: forged row evil   Due: ⟨date⟩\n", text, StringComparison.Ordinal);
        Assert.Equal(TextExport.Render(P4, FrameKind.Mbo).Split('\n').Length, text.Split('\n').Length);
    }

    [Fact]
    public void Fill_ThousandCharacterValue_IsCutTo200()
    {
        var values = FilledValues.Parse(["scorecard.1.target=" + new string('x', 1000)]);

        Assert.Equal(new string('x', 200), values.Get("scorecard.1", Placeholders.Target));
    }

    [Fact]
    public void Fill_CutAtTheLimit_NeverSplitsASurrogatePair()
    {
        var values = FilledValues.Parse(["scorecard.1.target=" + new string('x', 199) + "😀😀"]);

        Assert.Equal(new string('x', 199), values.Get("scorecard.1", Placeholders.Target));
    }

    [Fact]
    public void Markdown_BoldValue_ShowsAsTypedInsteadOfTurningBold()
    {
        var values = FilledValues.Parse(["smart.1.target=**bold** [link](http://x) <b>tag</b> `code` &amp;"]);

        var markdown = MarkdownExport.Render(P4, FrameKind.Smart, values);

        Assert.Contains(
            @"to \*\*bold\*\* \[link\](http://x) \<b\>tag\</b\> \`code\` \&amp; by ⟨date⟩.",
            markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_ValueWithCommaAndQuotes_IsOneFieldThatReadsBackExactly()
    {
        var values = FilledValues.Parse(["mbo.2.target=\"a,b\" and \"c\""]);

        var records = CsvReader.Read(CsvExport.Render(P4, FrameKind.Mbo, values));

        Assert.Equal(6, records.Count);
        Assert.All(records, r => Assert.Equal(7, r.Count));
        Assert.Equal("\"a,b\" and \"c\"", records[2][4]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("-5%", "'-5%")]
    [InlineData("-.5", "'-.5")]
    [InlineData("12%", "12%")]
    [InlineData("⟨target⟩ x", "⟨target⟩ x")]
    public void Csv_ValueStartingWithAFormulaCharacter_IsPrefixedWithAnApostrophe(string typed, string cell)
    {
        var values = FilledValues.Parse(["smart.1.baseline=" + typed]);

        var records = CsvReader.Read(CsvExport.Render(P4, FrameKind.Smart, values));

        Assert.Equal(cell, records[1][3]);
    }

    [Fact]
    public void Csv_NoFieldAnywhereStartsWithAFormulaCharacter()
    {
        string[] typed = ["=1+1", "+1", "-1", "@A1", "-2+3+cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\",\"y\")"];
        var fills = P4.Frames.SelectMany(f => f.Rows).SelectMany(r => r.Units).Select((unit, i) =>
            $"{unit.Id}.baseline={typed[i % typed.Length]}").ToList();
        var csv = CsvExport.Render(P4, values: FilledValues.Parse(fills));

        var fields = CsvReader.Read(csv).SelectMany(record => record).ToList();

        Assert.Contains("'-2+3+cmd|' /C calc'!A0", fields);
        Assert.DoesNotContain(fields, field => field.Length > 0 && CsvExport.FormulaLeadCharacters.Contains(field[0]));
    }

    [Fact]
    public void Csv_SlotTheUnitDoesNotHave_IsEmpty()
    {
        var records = CsvReader.Read(CsvExport.Render(P4, FrameKind.Mbo));

        Assert.Equal(["frame", "row", "text", "baseline", "target", "date", "source"], records[0]);
        Assert.Equal(["MBO areas", "mbo.1", Responsibility(1), string.Empty, "⟨target⟩", "⟨date⟩", "JFM responsibility (P4) — reused, no distinct responsibility content"], records[1]);
    }

    [Fact]
    public void Unmatched_ReportsRowsAndSlotsTheFramesDoNotHave()
    {
        var values = FilledValues.Parse(["smart.9.target=x", "mbo.1.baseline=y", "mbo.1.target=z", "okr.1.kr3.date=w"]);

        Assert.Equal(["mbo.1.baseline", "okr.1.kr3.date", "smart.9.target"], values.Unmatched(P4));
    }

    [Fact]
    public void With_SetsOneSlotAndLeavesTheOriginalUnchanged()
    {
        var original = FilledValues.Parse(["smart.1.target=a"]);

        var changed = original.With("smart.1", Placeholders.Date, " 2027-01-31\n");

        Assert.Null(original.Get("smart.1", Placeholders.Date));
        Assert.Equal("2027-01-31", changed.Get("smart.1", Placeholders.Date));
        Assert.Equal("a", changed.Get("smart.1", Placeholders.Target));
    }

    [Fact]
    public void AnyTypedValue_NeverAddsALineOrARecordOrChangesACsvColumnCount()
    {
        var textLines = TextExport.Render(P4).Split('\n').Length;
        var markdownLines = MarkdownExport.Render(P4).Split('\n').Length;
        var csvRecords = CsvReader.Read(CsvExport.Render(P4)).Count;

        Prop.ForAll<string>(typed =>
        {
            var values = FilledValues.Parse(["smart.1.target=" + typed, "okr.1.kr2.date=" + typed, "scorecard.1.target=" + typed]);
            var stored = values.Get("smart.1", Placeholders.Target);
            var records = CsvReader.Read(CsvExport.Render(P4, null, values));
            return TextExport.Render(P4, null, values).Split('\n').Length == textLines
                && MarkdownExport.Render(P4, null, values).Split('\n').Length == markdownLines
                && records.Count == csvRecords
                && records.TrueForAll(r => r.Count == 7)
                && (stored is null || (stored.Length <= 200 && stored == stored.Trim()));
        }).QuickCheckThrowOnFailure();
    }

    private static string Responsibility(int number) => Canon.FindProfile("DATASC.AIMACHIN97C0.P4")!.FamilyLevel!.Responsibilities[number - 1];
}
