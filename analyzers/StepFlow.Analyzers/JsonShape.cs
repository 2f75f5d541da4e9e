using Microsoft.CodeAnalysis;
using StepFlow.Generators.Parsing;

namespace StepFlow.Analyzers;

/// <summary>The JSON kind a C# type serializes to with System.Text.Json defaults; Unknown when it depends.</summary>
internal enum JsonShape
{
    Unknown,
    String,
    Number,
    Boolean,
    Array,
    Object,
}

/// <summary>Classifies types by <see cref="JsonShape"/>, only as far as it is certain.</summary>
internal static class JsonShapes
{
    public static JsonShape Of(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return Of(nullable.TypeArguments[0]);
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
            case SpecialType.System_Char:
            case SpecialType.System_DateTime:
                return JsonShape.String;
            case SpecialType.System_Boolean:
                return JsonShape.Boolean;
            case SpecialType.System_Byte:
            case SpecialType.System_SByte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
                return JsonShape.Number;
            case SpecialType.System_Object:
                return JsonShape.Unknown;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            // Enums are numbers by default, strings with a converter; either way not provable.
            return JsonShape.Unknown;
        }

        if (type is IArrayTypeSymbol)
        {
            return JsonShape.Array;
        }

        if (type is not INamedTypeSymbol named || type.TypeKind is TypeKind.Interface or TypeKind.TypeParameter or TypeKind.Error)
        {
            return JsonShape.Unknown;
        }

        if (TypeRefs.IsWithinNamespace(named.ContainingNamespace, "System.Text.Json") || TypeRefs.IsWithinNamespace(named.ContainingNamespace, "System.Collections") || named.Name is "Guid" or "DateTimeOffset" or "TimeSpan" or "Uri" or "DateOnly" or "TimeOnly")
        {
            return JsonShape.Unknown;
        }

        return named.TypeKind is TypeKind.Class or TypeKind.Struct && !IsEnumerable(named) ? JsonShape.Object : JsonShape.Unknown;
    }

    private static bool IsEnumerable(INamedTypeSymbol type)
    {
        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.Name == "IEnumerable"
                && (TypeRefs.IsNamespace(implemented.ContainingNamespace, "System.Collections") || TypeRefs.IsNamespace(implemented.ContainingNamespace, "System.Collections.Generic")))
            {
                return true;
            }
        }

        return false;
    }

    public static string Describe(ITypeSymbol type, JsonShape shape)
        => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + " (a JSON " + shape.ToString().ToLowerInvariant() + ")";
}
