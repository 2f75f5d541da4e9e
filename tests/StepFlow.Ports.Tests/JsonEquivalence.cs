using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace StepFlow.Ports.Tests;

/// <summary>
/// Compares two JSON documents the way ASL is compared: objects as unordered key sets, arrays in order, numbers by
/// decimal value (2 equals 2.0), strings, booleans and nulls exactly. Returns the first difference as a JSONPath
/// and a description, so a failing port points at the one field to fix.
/// </summary>
public static class JsonEquivalence
{
    /// <summary>Null when equivalent; otherwise "path: what differs".</summary>
    public static string? FirstDifference(string expectedJson, string actualJson)
    {
        using var expected = JsonDocument.Parse(expectedJson);
        using var actual = JsonDocument.Parse(actualJson);
        return FirstDifference(expected.RootElement, actual.RootElement, "$");
    }

    private static string? FirstDifference(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind && !BothBooleans(expected, actual))
        {
            return path + ": expected " + Describe(expected) + " but found " + Describe(actual);
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                return FirstObjectDifference(expected, actual, path);
            case JsonValueKind.Array:
                return FirstArrayDifference(expected, actual, path);
            case JsonValueKind.Number:
                return NumbersEqual(expected, actual) ? null : path + ": expected " + expected.GetRawText() + " but found " + actual.GetRawText();
            case JsonValueKind.String:
                return string.Equals(expected.GetString(), actual.GetString(), StringComparison.Ordinal)
                    ? null
                    : path + ": expected " + expected.GetRawText() + " but found " + actual.GetRawText();
            case JsonValueKind.True:
            case JsonValueKind.False:
                return expected.ValueKind == actual.ValueKind ? null : path + ": expected " + Describe(expected) + " but found " + Describe(actual);
            default:
                return null;
        }
    }

    private static string? FirstObjectDifference(JsonElement expected, JsonElement actual, string path)
    {
        var expectedProperties = Properties(expected, path, out var duplicateInExpected);
        if (duplicateInExpected is not null)
        {
            return duplicateInExpected + ": the key appears twice in the expected document";
        }

        var actualProperties = Properties(actual, path, out var duplicateInActual);
        if (duplicateInActual is not null)
        {
            return duplicateInActual + ": the key appears twice in the actual document";
        }

        foreach (var (name, expectedValue) in expectedProperties)
        {
            var childPath = Child(path, name);
            if (!actualProperties.TryGetValue(name, out var actualValue))
            {
                return childPath + ": missing (expected " + Describe(expectedValue) + ")";
            }

            if (FirstDifference(expectedValue, actualValue, childPath) is { } difference)
            {
                return difference;
            }
        }

        foreach (var (name, actualValue) in actualProperties)
        {
            if (!expectedProperties.ContainsKey(name))
            {
                return Child(path, name) + ": unexpected (found " + Describe(actualValue) + ")";
            }
        }

        return null;
    }

    private static string? FirstArrayDifference(JsonElement expected, JsonElement actual, string path)
    {
        var expectedLength = expected.GetArrayLength();
        var actualLength = actual.GetArrayLength();
        var shared = Math.Min(expectedLength, actualLength);
        for (var i = 0; i < shared; i++)
        {
            if (FirstDifference(expected[i], actual[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]") is { } difference)
            {
                return difference;
            }
        }

        return expectedLength == actualLength
            ? null
            : path + ": expected " + expectedLength.ToString(CultureInfo.InvariantCulture) + " items but found " + actualLength.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The object's properties by name, and the path of the first repeated key (ambiguous JSON), if any.</summary>
    private static Dictionary<string, JsonElement> Properties(JsonElement element, string path, out string? duplicatePath)
    {
        duplicatePath = null;
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!properties.TryAdd(property.Name, property.Value))
            {
                duplicatePath ??= Child(path, property.Name);
            }
        }

        return properties;
    }

    /// <summary>By decimal value where both fit a decimal; otherwise (huge exponents) by the literal text.</summary>
    private static bool NumbersEqual(JsonElement expected, JsonElement actual)
    {
        const NumberStyles Style = NumberStyles.Float;
        var expectedText = expected.GetRawText();
        var actualText = actual.GetRawText();
        if (decimal.TryParse(expectedText, Style, CultureInfo.InvariantCulture, out var expectedValue)
            && decimal.TryParse(actualText, Style, CultureInfo.InvariantCulture, out var actualValue))
        {
            return expectedValue == actualValue;
        }

        return string.Equals(expectedText, actualText, StringComparison.Ordinal);
    }

    private static bool BothBooleans(JsonElement expected, JsonElement actual)
        => expected.ValueKind is JsonValueKind.True or JsonValueKind.False && actual.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => element.GetRawText(),
    };

    /// <summary>Dot notation for plain names, bracket notation for state names with spaces, quotes or symbols.</summary>
    private static string Child(string path, string name)
    {
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return path + "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
            }
        }

        return name.Length == 0 ? path + "['']" : path + "." + name;
    }
}
