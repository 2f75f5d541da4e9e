using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepFlow.Asl.Json;
using StepFlow.Asl.Validation;

namespace StepFlow.Analyzers;

/// <summary>
/// Turns a finding's target value into a source location: the attribute argument that produced it (a named
/// argument by name, a constructor argument by index, the exact text inside a JSON argument when it can), else the
/// nearest enclosing value that has an origin, else the workflow class.
/// </summary>
internal sealed class LocationResolver
{
    private readonly OriginSink _origins;
    private readonly AslObject _definition;
    private readonly ISymbol _fallback;
    private Dictionary<AslValue, AslValue>? _parents;
    private readonly CancellationToken _cancellationToken;

    public LocationResolver(OriginSink origins, AslObject definition, ISymbol fallback, CancellationToken cancellationToken)
    {
        _origins = origins;
        _definition = definition;
        _fallback = fallback;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Each value's parent, indexed on the first finding: a clean workflow (the usual case on a keystroke) never needs it.</summary>
    private Dictionary<AslValue, AslValue> Parents => _parents ??= IndexParents(_definition);

    /// <summary>Where <paramref name="target"/> is; <paramref name="within"/> narrows a string to the characters at fault.</summary>
    public Location Locate(AslValue? target, SourceSpan within)
    {
        for (var value = target; value is not null; value = Parents.TryGetValue(value, out var parent) ? parent : null)
        {
            if (_origins.TryGet(value, out var origin) && Locate(origin, value, target!, within) is { } location)
            {
                return location;
            }
        }

        return SymbolLocation(_fallback);
    }

    /// <summary>The location of <paramref name="argument"/> of <paramref name="attribute"/>, or of the attribute.</summary>
    public Location? Locate(AttributeData? attribute, string? argument, CancellationToken cancellationToken)
    {
        if (attribute?.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return null;
        }

        return (argument is null ? null : FindArgument(syntax, argument))?.GetLocation() ?? syntax.GetLocation();
    }

    public static AttributeArgumentSyntax? FindArgument(AttributeSyntax syntax, string argument)
    {
        if (syntax.ArgumentList is null)
        {
            return null;
        }

        var positional = argument.StartsWith("#", System.StringComparison.Ordinal)
            && int.TryParse(argument.Substring(1), out var index) ? index : -1;
        var seen = 0;
        foreach (var candidate in syntax.ArgumentList.Arguments)
        {
            if (candidate.NameEquals is { } name)
            {
                if (name.Name.Identifier.ValueText == argument)
                {
                    return candidate;
                }
            }
            else if (seen++ == positional)
            {
                return candidate;
            }
        }

        return null;
    }

    public static Location SymbolLocation(ISymbol symbol)
        => symbol.Locations.Length > 0 ? symbol.Locations[0] : Location.None;

    private Location? Locate(ValueOrigin origin, AslValue owner, AslValue target, SourceSpan within)
    {
        if (origin.Symbol is { } symbol && origin.Attribute is null)
        {
            return SymbolLocation(symbol);
        }

        if (origin.Attribute?.ApplicationSyntaxReference?.GetSyntax(_cancellationToken) is not AttributeSyntax syntax)
        {
            return origin.Symbol is null ? null : SymbolLocation(origin.Symbol);
        }

        if (origin.Argument is null || FindArgument(syntax, origin.Argument) is not { } argument)
        {
            return syntax.GetLocation();
        }

        // One of several params-array constructor arguments ([Retry("A", "States.ALL")]): point at that one.
        if (owner is AslArray array && !ReferenceEquals(owner, target) && origin.Argument == "#0")
        {
            var item = IndexOf(array, target);
            if (item >= 0 && FindArgument(syntax, "#" + item) is { } itemArgument)
            {
                return itemArgument.GetLocation();
            }
        }

        // A string argument at fault in part (a JSONata token): underline those characters of the literal.
        if (ReferenceEquals(owner, target) && within.IsKnown && within.Length > 0
            && LiteralSpans.Map(argument.Expression, within.Start, within.Length) is { } part)
        {
            return Location.Create(syntax.SyntaxTree, part);
        }

        // A value parsed from JSON text: underline its own text (or the part at fault) inside the literal when the spans line up.
        if (!ReferenceEquals(owner, target) && target.Span.Length > 0 && owner.Span.Length > 0)
        {
            var span = JsonSpan(argument, target, within);
            if (LiteralSpans.Map(argument.Expression, span.Start, span.Length) is { } inner)
            {
                return Location.Create(syntax.SyntaxTree, inner);
            }
        }

        return argument.GetLocation();
    }

    private static SourceSpan JsonSpan(AttributeArgumentSyntax argument, AslValue target, SourceSpan within)
        => within.IsKnown && argument.Expression is LiteralExpressionSyntax literal
            ? StringLiteralSpans.Map(literal.Token.ValueText, target.Span, within)
            : target.Span;

    private static int IndexOf(AslArray array, AslValue item)
    {
        for (var i = 0; i < array.Items.Count; i++)
        {
            if (ReferenceEquals(array.Items[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    private static Dictionary<AslValue, AslValue> IndexParents(AslValue root)
    {
        var parents = new Dictionary<AslValue, AslValue>(AslValueIdentityComparer.Instance);
        var stack = new Stack<AslValue>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var value = stack.Pop();
            if (value is AslObject obj)
            {
                foreach (var property in obj.Properties)
                {
                    parents[property.Value] = value;
                    stack.Push(property.Value);
                }
            }
            else if (value is AslArray array)
            {
                foreach (var item in array.Items)
                {
                    parents[item] = value;
                    stack.Push(item);
                }
            }
        }

        return parents;
    }
}
