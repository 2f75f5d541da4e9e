using System.Linq;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using Xunit;

namespace StepFlow.Generators.Tests.Asl;

public sealed class PlaceholdersTests
{
    [Fact]
    public void Finds_every_placeholder_with_the_paths_using_it()
    {
        var definition = AslJsonReader.Parse("""
            {"States": {"Call me": {"Resource": "arn:${Partition}:lambda:${Region}:x", "Parameters": {"Table": "${Table}", "Other": "${Table}"}}}}
            """);
        var found = Placeholders.Find(definition);

        Assert.Equal(new[] { "Partition", "Region", "Table" }, found.Keys.ToArray());
        Assert.Equal(new[] { "$.States['Call me'].Parameters.Table", "$.States['Call me'].Parameters.Other" }, found["Table"]);
    }

    [Theory]
    [InlineData("no placeholders", new string[0])]
    [InlineData("${}", new string[0])]
    [InlineData("${A B}", new string[0])]
    [InlineData("${unterminated", new string[0])]
    [InlineData("${a}${b.c}", new[] { "a", "b.c" })]
    public void Only_well_formed_names_count(string text, string[] expected)
        => Assert.Equal(expected, Placeholders.NamesIn(text).ToArray());
}
