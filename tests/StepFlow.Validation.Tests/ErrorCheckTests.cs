using System.Collections.Generic;
using System.IO;
using System.Linq;
using StepFlow.Asl.Json;
using StepFlow.Asl.Validation;
using StepFlow.Tests.Shared;
using StepFlow.Validation.Tests.Support;
using Xunit;

namespace StepFlow.Validation.Tests;

/// <summary>
/// The generator asks <see cref="AslValidator.HasErrors(AslObject, AslValidationOptions)"/>, which skips warning-only
/// rules and stops at the first error; it must answer exactly as the full validation the analyzers run.
/// </summary>
public sealed class ErrorCheckTests
{
    public static IEnumerable<object[]> Cases()
    {
        foreach (var rule in RuleCases.All())
        {
            yield return new object[] { rule.ToString() + " (invalid)", rule.Invalid, rule.Express };
            yield return new object[] { rule.ToString() + " (valid)", rule.Valid, rule.Express };
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Agrees_with_the_full_validation_on_every_rule_case(string name, string json, bool express)
    {
        var definition = (AslObject)AslJsonReader.Parse(json);
        var options = new AslValidationOptions(express);

        var expected = AslValidator.HasErrors(AslValidator.Validate(definition, options));

        Assert.True(expected == AslValidator.HasErrors(definition, options), name);
    }

    [Fact]
    public void Agrees_with_the_full_validation_on_the_real_world_corpus()
    {
        var withErrors = 0;
        foreach (var file in Corpus.Files)
        {
            if (AslJsonReader.TryParse(File.ReadAllText(file), out var parsed, out _) && parsed is AslObject definition)
            {
                var expected = AslValidator.HasErrors(AslValidator.Validate(definition));
                Assert.True(expected == AslValidator.HasErrors(definition, AslValidationOptions.Default), Path.GetFileName(file));
                withErrors += expected ? 1 : 0;
            }
        }

        // The defective files of the corpus are what makes this comparison meaningful for the error answer too.
        Assert.True(withErrors > 0, "no corpus file has an error, so only the clean answer was compared");
    }
}
