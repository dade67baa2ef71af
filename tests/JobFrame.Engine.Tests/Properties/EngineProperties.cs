using FsCheck;
using FsCheck.Fluent;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using JobFrame.Engine.Commands;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;
using JobFrame.Engine.Rendering;

namespace JobFrame.Engine.Tests.Properties;

/// <summary>Whatever a manager types, the engine answers: it never throws, and plain text renders for every answer.</summary>
public sealed class EngineProperties
{
    private static readonly CanonSnapshot Canon = CanonLoader.Load(CanonFolders.BundledCanon);
    private static readonly JobFrameEngine Engine = new(new FixedCanonSource(Canon));

    [Fact]
    public void Parse_AnyMessage_GivesACommandWithoutThrowing() =>
        Prop.ForAll(HostileInput.Messages, message => CommandParser.Parse(message) is not null).QuickCheckThrowOnFailure();

    [Fact]
    public void Ask_AnyMessage_IsAnsweredAndRendersAsText() =>
        Prop.ForAll(HostileInput.Messages, message => PlainTextRenderer.Render(Engine.Ask(message)).Length > 0).QuickCheckThrowOnFailure();

    [Fact]
    public void Ask_AnyMessage_HasAsFirstLineTheFirstLineOfItsText() =>
        Prop.ForAll(HostileInput.Messages, message =>
        {
            var answer = Engine.Ask(message);
            return PlainTextRenderer.FirstLine(answer) == PlainTextRenderer.Render(answer).TrimStart().Split('\n')[0];
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Ask_OverTheLimit_IsAlwaysTheTooLongNotice() =>
        Prop.ForAll(
            Gen.Choose(CommandParser.MaxMessageLength + 1, 20_000).ToArbitrary(),
            length => Engine.Ask(new string('a', length)) is HelpAnswer { Notice: EngineNotices.TooLong }).QuickCheckThrowOnFailure();

    [Fact]
    public void Export_AnyFilledValue_StaysOnItsRowInEveryFormat()
    {
        var p4 = GoalFrameBuilder.Build(Canon.FindProfile("DATASC.AIMACHIN97C0.P4")!);
        var plainText = TextExport.Render(p4);
        var markdown = MarkdownExport.Render(p4);
        var csv = CsvExport.Render(p4);
        Prop.ForAll(HostileInput.Messages, value =>
        {
            var fills = FilledValues.Empty.With("smart.1", Placeholders.Baseline, value);

            // A value can make a line longer, never add one: no newline survives sanitising.
            return LineCount(TextExport.Render(p4, values: fills)) == LineCount(plainText)
                && LineCount(MarkdownExport.Render(p4, values: fills)) == LineCount(markdown)
                && CsvExport.Render(p4, values: fills).Count(c => c == '\n') == csv.Count(c => c == '\n');
        }).QuickCheckThrowOnFailure();
    }

    private static int LineCount(string text) => text.Count(c => c == '\n');
}
