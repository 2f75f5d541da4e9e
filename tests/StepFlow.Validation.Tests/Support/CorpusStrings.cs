using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using StepFlow.Tests.Shared;

namespace StepFlow.Validation.Tests.Support;

/// <summary>Every string-valued member of every real-world definition, at any depth, as its member name and value.</summary>
public static class CorpusStrings
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static IEnumerable<(string Member, string Value)> All()
    {
        foreach (var file in Corpus.Files)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file), Options);
            var found = new List<(string, string)>();
            Collect(document.RootElement, found);
            foreach (var member in found)
            {
                yield return member;
            }
        }
    }

    private static void Collect(JsonElement element, List<(string, string)> found)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, found);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String)
                {
                    found.Add((property.Name, property.Value.GetString()!));
                }
                else
                {
                    Collect(property.Value, found);
                }
            }
        }
    }
}
