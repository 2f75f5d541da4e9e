using StepFlow.Asl.Validation;
using StepFlow.Validation.Tests.Support;
using Xunit;
using static StepFlow.Validation.Tests.Support.Machines;

namespace StepFlow.Validation.Tests;

/// <summary>
/// Distributed Map values AWS rejects: Label characters (SF7007), reader and writer settings (SF7006), and
/// QueryLanguage inside an item processor (SF3018).
/// </summary>
public sealed class DistributedMapValueTests
{
    private const string Distributed = """{"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}""";

    [Theory]
    [InlineData("a/b", "'/'")]
    [InlineData("two words", "a space")]
    [InlineData("tab\\there", "whitespace")]
    [InlineData("bell\\u0007", "a control character")]
    [InlineData("run#1", "'#'")]
    public void A_Label_with_a_rejected_character_is_reported_on_the_Label(string label, string named)
    {
        var json = Map(""" "Label": "{0}", """.Replace("{0}", label), Distributed);
        var finding = FindingText.Single(json, "SF7007");

        Assert.Equal(AslSeverity.Error, finding.Severity);
        Assert.Equal("\"" + label + "\"", FindingText.At(json, finding));
        Assert.Equal("$.States.A.Label", finding.JsonPath);
        Assert.Contains("contains " + named, finding.Message);
    }

    [Theory]
    [InlineData("Process-files_2024")]
    [InlineData("${MapLabel}")]
    public void Plain_and_placeholder_Labels_stay_silent(string label)
        => FindingText.None(Map(""" "Label": "{0}", """.Replace("{0}", label), Distributed), "SF7007");

    [Fact]
    public void MaxItems_and_MaxItemsPath_together_are_reported_on_MaxItemsPath()
    {
        var json = Reader("""{"InputType": "JSON", "MaxItems": 10, "MaxItemsPath": "$.max"}""");
        var finding = FindingText.Single(json, "SF7006");

        Assert.Equal("\"$.max\"", FindingText.At(json, finding));
        Assert.Equal("$.States.A.ItemReader.ReaderConfig.MaxItemsPath", finding.JsonPath);
        Assert.Contains("both MaxItems and MaxItemsPath", finding.Message);
    }

    [Fact]
    public void An_unknown_InputType_is_reported_on_its_value()
    {
        var json = Reader("""{"InputType": "XML"}""");
        var finding = FindingText.Single(json, "SF7006");

        Assert.Equal("\"XML\"", FindingText.At(json, finding));
        Assert.Contains("InputType 'XML' is not one of CSV, JSON, JSONL, PARQUET, MANIFEST", finding.Message);
    }

    [Theory]
    [InlineData("""{"InputType": "PARQUET", "MaxItems": 100}""")]
    [InlineData("""{"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW", "MaxItemsPath": "$.maxItems"}""")]
    [InlineData("""{"InputType": "JSONL"}""")]
    public void Valid_reader_settings_stay_silent(string config) => Assert.Empty(AslCheck.Validate(Reader(config)));

    [Theory]
    [InlineData("""{"OutputType": "CSV", "Transformation": "NONE"}""", "$.States.A.ResultWriter.WriterConfig.OutputType", "\"CSV\"")]
    [InlineData("""{"OutputType": "JSONL", "Transformation": 1}""", "$.States.A.ResultWriter.WriterConfig.Transformation", "1")]
    public void Unknown_writer_settings_are_reported_on_their_value(string config, string path, string text)
    {
        var json = Writer(config);
        var finding = FindingText.Single(json, "SF7006");

        Assert.Equal(path, finding.JsonPath);
        Assert.Equal(text, FindingText.At(json, finding));
    }

    [Fact]
    public void Valid_writer_settings_stay_silent()
        => Assert.Empty(AslCheck.Validate(Writer("""{"OutputType": "JSONL", "Transformation": "FLATTEN"}""")));

    [Theory]
    [InlineData("ItemProcessor")]
    [InlineData("Iterator")]
    public void QueryLanguage_inside_an_item_processor_is_reported_on_its_value(string field)
    {
        var json = JsonPath(""" "A": {"Type": "Map", "{0}": {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true} """.Replace("{0}", field));
        var finding = FindingText.Single(json, "SF3018");

        Assert.Equal("\"JSONata\"", FindingText.At(json, finding));
        Assert.Equal("$.States.A." + field + ".QueryLanguage", finding.JsonPath);
        Assert.Contains("set QueryLanguage on the states inside it", finding.Message);
    }

    [Fact]
    public void QueryLanguage_on_the_states_inside_a_processor_and_on_a_branch_stays_silent()
    {
        var json = JsonPath("""
            "A": {"Type": "Map", "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "QueryLanguage": "JSONata", "End": true}}}, "Next": "Par"},
            "Par": {"Type": "Parallel", "Branches": [{"QueryLanguage": "JSONPath", "StartAt": "Q", "States": {"Q": {"Type": "Pass", "End": true}}}], "End": true}
            """);

        Assert.Empty(AslCheck.Validate(json));
    }

    private static string Reader(string config)
        => Map(""" "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": """ + config + """, "Parameters": {"Bucket": "b", "Key": "k"}}, """, Distributed);

    private static string Writer(string config)
        => Map(""" "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject", "WriterConfig": """ + config + """, "Parameters": {"Bucket": "b", "Prefix": "out"}}, """, Distributed);
}
