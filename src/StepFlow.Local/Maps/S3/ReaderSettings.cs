using System.Collections.Generic;
using System.Text.Json.Nodes;
using StepFlow.Local.Json;

namespace StepFlow.Local.Maps.S3;

/// <summary>The parts of an ItemReader's <c>ReaderConfig</c> that say how to decode an object
/// (asl-reference §2.9); MaxItems is applied by the engine, not here.</summary>
internal sealed record ReaderSettings(string InputType, bool HeaderInFirstRow, IReadOnlyList<string>? GivenHeaders, char Delimiter)
{
    public static ReaderSettings From(JsonObject? config)
    {
        var inputType = JsonNodes.IsString(config?["InputType"], out var type) ? type : null;
        if (inputType is null)
        {
            throw ItemReaderErrors.Failed("ReaderConfig.InputType is required when the ItemReader reads an object with s3:getObject (CSV, JSON, JSONL or MANIFEST).");
        }

        var location = JsonNodes.IsString(config?["CSVHeaderLocation"], out var l) ? l : "FIRST_ROW";
        List<string>? headers = null;
        if (config?["CSVHeaders"] is JsonArray given)
        {
            headers = new List<string>(given.Count);
            foreach (var header in given)
            {
                headers.Add(JsonNodes.IsString(header, out var name) ? name : JsonNodes.ToCompactJson(header));
            }
        }

        if (inputType == "CSV" && location == "GIVEN" && headers is null)
        {
            throw ItemReaderErrors.Failed("ReaderConfig.CSVHeaders is required when CSVHeaderLocation is GIVEN.");
        }

        var delimiterName = JsonNodes.IsString(config?["CSVDelimiter"], out var d) ? d : "COMMA";
        return new ReaderSettings(inputType, location != "GIVEN", headers, DelimiterNamed(delimiterName));
    }

    private static char DelimiterNamed(string name) => name switch
    {
        "COMMA" => ',',
        "PIPE" => '|',
        "SEMICOLON" => ';',
        "SPACE" => ' ',
        "TAB" => '\t',
        _ => throw ItemReaderErrors.Failed("ReaderConfig.CSVDelimiter '" + name + "' is not one of COMMA, PIPE, SEMICOLON, SPACE, TAB."),
    };
}
