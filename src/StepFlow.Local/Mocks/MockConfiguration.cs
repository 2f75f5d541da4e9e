using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StepFlow.Local.Json;

namespace StepFlow.Local.Mocks;

/// <summary>
/// Step Functions Local's MockConfigFile: <c>StateMachines.&lt;name&gt;.TestCases.&lt;case&gt;.&lt;state&gt;</c> names a
/// response set under <c>MockedResponses</c>, whose keys are invocation numbers or ranges (<c>"0"</c>, <c>"1-2"</c>)
/// mapping to <c>{"Return": json}</c> or <c>{"Throw": {"Error", "Cause"}}</c>.
/// </summary>
public sealed class MockConfiguration
{
    private readonly Dictionary<string, Dictionary<string, Dictionary<string, MockedResponseSequence>>> _testCases = new(StringComparer.Ordinal);

    /// <summary>Parses the file text; throws <see cref="FormatException"/> naming the JSON path of any problem.</summary>
    public static MockConfiguration Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNodes.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException("The mock configuration is not valid JSON: " + e.Message, e);
        }

        var config = new MockConfiguration();
        var responses = root?["MockedResponses"] as JsonObject ?? new JsonObject();
        var machines = root?["StateMachines"] as JsonObject ?? throw new FormatException("The mock configuration needs a 'StateMachines' object at $.StateMachines.");
        foreach (var machine in machines)
        {
            var cases = machine.Value?["TestCases"] as JsonObject ?? throw new FormatException("Expected an object at $.StateMachines." + machine.Key + ".TestCases.");
            var byCase = new Dictionary<string, Dictionary<string, MockedResponseSequence>>(StringComparer.Ordinal);
            foreach (var testCase in cases)
            {
                var byState = new Dictionary<string, MockedResponseSequence>(StringComparer.Ordinal);
                foreach (var state in testCase.Value as JsonObject ?? throw new FormatException("Expected an object at $.StateMachines." + machine.Key + ".TestCases." + testCase.Key + "."))
                {
                    var responseName = state.Value?.GetValue<string>() ?? string.Empty;
                    var set = responses[responseName] as JsonObject
                              ?? throw new FormatException("Mocked response '" + responseName + "' used by test case '" + testCase.Key + "' is not defined under $.MockedResponses.");
                    byState[state.Key] = ParseSequence(set, "$.MockedResponses." + responseName);
                }

                byCase[testCase.Key] = byState;
            }

            config._testCases[machine.Key] = byCase;
        }

        return config;
    }

    /// <summary>The mocks of one test case by state name, or null when the machine or case is not configured.</summary>
    public IReadOnlyDictionary<string, MockedResponseSequence>? GetTestCase(string stateMachineName, string testCase) =>
        _testCases.TryGetValue(stateMachineName, out var cases) && cases.TryGetValue(testCase, out var states) ? states : null;

    private static MockedResponseSequence ParseSequence(JsonObject set, string location)
    {
        var sequence = new MockedResponseSequence();
        foreach (var entry in set)
        {
            var (first, last) = ParseRange(entry.Key, location);
            sequence.For(first, last, ParseResponse(entry.Value as JsonObject, location + "." + entry.Key));
        }

        return sequence;
    }

    private static (int First, int Last) ParseRange(string key, string location)
    {
        var parts = key.Split('-');
        if (parts.Length <= 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            && last >= first)
        {
            return (first, last);
        }

        throw new FormatException("Invalid invocation range '" + key + "' at " + location + " (expected \"0\" or \"1-2\").");
    }

    private static MockedResponse ParseResponse(JsonObject? response, string location)
    {
        if (response is null)
        {
            throw new FormatException("Expected an object with 'Return' or 'Throw' at " + location + ".");
        }

        if (response.TryGetPropertyValue("Return", out var result))
        {
            return MockedResponse.Return(result?.DeepClone());
        }

        if (response["Throw"] is JsonObject thrown)
        {
            var error = thrown["Error"]?.GetValue<string>() ?? throw new FormatException("'Throw' needs an 'Error' string at " + location + ".Throw.");
            return MockedResponse.Throw(error, thrown["Cause"]?.GetValue<string>());
        }

        throw new FormatException("Expected 'Return' or 'Throw' at " + location + ".");
    }
}
