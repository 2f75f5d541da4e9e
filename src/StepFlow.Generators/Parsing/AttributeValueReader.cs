using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StepFlow.Asl;
using StepFlow.Asl.Json;

namespace StepFlow.Generators.Parsing;

/// <summary>
/// Turns attribute arguments (Roslyn <see cref="TypedConstant"/>s) into ASL values, recording where each value
/// came from and reporting arguments that cannot be used. Never throws: mid-edit code yields problems, not crashes.
/// </summary>
internal sealed class AttributeValueReader
{
    private readonly IParseSink _sink;

    public AttributeValueReader(IParseSink sink) => _sink = sink;

    public IParseSink Sink => _sink;

    public static bool TryGetNamed(AttributeData attribute, string name, out TypedConstant value)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name)
            {
                value = pair.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static bool IsValid(TypedConstant value) => value.Kind != TypedConstantKind.Error;

    public AslValue? Text(ISymbol owner, AttributeData attribute, string argument, TypedConstant value)
    {
        if (value.IsNull)
        {
            return Record(new AslNull(), attribute, argument);
        }

        if (value.Kind == TypedConstantKind.Primitive && value.Value is string text)
        {
            return Record(new AslString(text), attribute, argument);
        }

        return Invalid(owner, attribute, argument, "a string");
    }

    public AslValue? Json(ISymbol owner, AttributeData attribute, string argument, TypedConstant value)
    {
        if (value.IsNull)
        {
            return Record(new AslNull(), attribute, argument);
        }

        if (value.Kind != TypedConstantKind.Primitive || value.Value is not string text)
        {
            return Invalid(owner, attribute, argument, "JSON text");
        }

        if (IsExpression(text))
        {
            return Record(new AslString(text), attribute, argument);
        }

        if (AslJsonReader.TryParse(text, out var parsed, out var error))
        {
            return Record(parsed!, attribute, argument);
        }

        _sink.Problem(
            ParseProblemKind.InvalidJson,
            "'" + argument + "' must be JSON text or a {% %} expression: " + error!.Reason + " at character " + (error.Offset + 1),
            owner,
            attribute,
            argument);
        return null;
    }

    public AslValue? NumberOrExpression(ISymbol owner, AttributeData attribute, string argument, TypedConstant value)
    {
        switch (value.Value)
        {
            case int i: return Record(AslNumber.From(i), attribute, argument);
            case long l: return Record(AslNumber.From(l), attribute, argument);
            case double d: return Record(AslNumber.From(d), attribute, argument);
            case float f: return Record(AslNumber.From(f), attribute, argument);
            case string s: return Record(new AslString(s), attribute, argument);
            default: return Invalid(owner, attribute, argument, "a number or a {% %} expression");
        }
    }

    public AslValue? Number(ISymbol owner, AttributeData attribute, string argument, TypedConstant value)
    {
        switch (value.Value)
        {
            case int i: return Record(AslNumber.From(i), attribute, argument);
            case long l: return Record(AslNumber.From(l), attribute, argument);
            case double d: return Record(AslNumber.From(d), attribute, argument);
            default: return Invalid(owner, attribute, argument, "a number");
        }
    }

    public AslValue? Boolean(ISymbol owner, AttributeData attribute, string argument, TypedConstant value)
        => value.Value is bool b ? Record(new AslBoolean(b), attribute, argument) : Invalid(owner, attribute, argument, "true or false");

    /// <summary>The strings of a <c>params string[]</c> constructor argument.</summary>
    public AslArray? StringArray(ISymbol owner, AttributeData attribute, string argument, TypedConstant value)
    {
        if (value.Kind != TypedConstantKind.Array || value.IsNull)
        {
            return (AslArray?)Invalid(owner, attribute, argument, "error names");
        }

        var items = new List<AslValue>();
        foreach (var item in value.Values)
        {
            if (item.Value is not string s)
            {
                return (AslArray?)Invalid(owner, attribute, argument, "error names");
            }

            items.Add(new AslString(s));
        }

        var array = new AslArray(items.ToEquatableArray());
        Record(array, attribute, argument);
        return array;
    }

    /// <summary>An enum argument's numeric value.</summary>
    public int? EnumValue(ISymbol owner, AttributeData attribute, string argument, TypedConstant value)
    {
        if (value.Kind == TypedConstantKind.Enum && value.Value is int i)
        {
            return i;
        }

        Invalid(owner, attribute, argument, "one of the enum's values");
        return null;
    }

    public static bool IsExpression(string text)
    {
        var trimmed = text.Trim();
        return trimmed.StartsWith("{%", StringComparison.Ordinal) && trimmed.EndsWith("%}", StringComparison.Ordinal);
    }

    public T Record<T>(T value, AttributeData attribute, string? argument)
        where T : AslValue
    {
        _sink.Origin(value, attribute, argument);
        return value;
    }

    private AslValue? Invalid(ISymbol owner, AttributeData attribute, string argument, string expected)
    {
        _sink.Problem(ParseProblemKind.InvalidArgument, "'" + argument + "' must be " + expected, owner, attribute, argument);
        return null;
    }
}
