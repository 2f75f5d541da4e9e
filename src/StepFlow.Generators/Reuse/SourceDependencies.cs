using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepFlow.Generators.Parsing;

namespace StepFlow.Generators.Reuse;

/// <summary>
/// The source files a parsed workflow was read from: its classes (all partial parts, containing and base types), the
/// branch and item-processor classes, and every source type its task signatures and typeof arguments name. A parse
/// is reusable only when each attribute argument is self-contained (literals, nameof, typeof, enum members): a
/// constant read from elsewhere would be a dependency this walk does not see, so such workflows are parsed afresh
/// on every run.
/// </summary>
internal sealed class SourceDependencies
{
    private readonly HashSet<SyntaxTree> _trees = new();
    private readonly HashSet<ITypeSymbol> _seen = new(SymbolEqualityComparer.Default);

    private SourceDependencies()
    {
    }

    public bool IsReusable { get; private set; } = true;

    public IEnumerable<SyntaxTree> Trees => _trees;

    public static SourceDependencies Of(WorkflowParser parser)
    {
        var dependencies = new SourceDependencies();
        foreach (var scope in parser.ScopeTypes)
        {
            dependencies.AddType(scope);
            dependencies.AddAttributes(scope.GetAttributes());
            foreach (var member in scope.GetMembers())
            {
                dependencies.AddAttributes(member.GetAttributes());
            }
        }

        foreach (var type in parser.Types.Types)
        {
            dependencies.AddType(type);
        }

        return dependencies;
    }

    private void AddType(ITypeSymbol? type)
    {
        if (type is null || !_seen.Add(type))
        {
            return;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            _trees.Add(reference.SyntaxTree);
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                AddType(array.ElementType);
                break;
            case INamedTypeSymbol named:
                AddType(named.ContainingType);
                AddType(named.BaseType);
                foreach (var argument in named.TypeArguments)
                {
                    AddType(argument);
                }

                break;
        }
    }

    private void AddAttributes(System.Collections.Immutable.ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            AddType(attribute.AttributeClass);
            foreach (var argument in attribute.ConstructorArguments)
            {
                AddConstant(argument);
            }

            foreach (var argument in attribute.NamedArguments)
            {
                AddConstant(argument.Value);
            }

            if (attribute.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } list })
            {
                for (var i = 0; i < list.Arguments.Count && IsReusable; i++)
                {
                    IsReusable = IsSelfContained(list.Arguments[i].Expression, IsEnumValued(attribute, list.Arguments[i], i));
                }
            }
        }
    }

    private void AddConstant(TypedConstant constant)
    {
        switch (constant.Kind)
        {
            case TypedConstantKind.Array when !constant.IsNull:
                foreach (var item in constant.Values)
                {
                    AddConstant(item);
                }

                break;
            case TypedConstantKind.Type:
                AddType(constant.Value as ITypeSymbol);
                break;
            case TypedConstantKind.Enum:
                AddType(constant.Type);
                break;
        }
    }

    /// <summary>
    /// Whether the value of <paramref name="expression"/> is written out in the expression itself. A member access
    /// counts only for enum-typed arguments (JitterStrategy.Full, whose enum is a dependency through the attribute's
    /// constants); elsewhere it may read a constant from another file.
    /// </summary>
    private static bool IsSelfContained(ExpressionSyntax expression, bool enumValued) => expression switch
    {
        LiteralExpressionSyntax or TypeOfExpressionSyntax => true,
        ParenthesizedExpressionSyntax parenthesized => IsSelfContained(parenthesized.Expression, enumValued),
        PrefixUnaryExpressionSyntax unary => IsSelfContained(unary.Operand, enumValued),
        BinaryExpressionSyntax binary => IsSelfContained(binary.Left, enumValued) && IsSelfContained(binary.Right, enumValued),
        InterpolatedStringExpressionSyntax interpolated => !HasInterpolation(interpolated),
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } => true,
        MemberAccessExpressionSyntax => enumValued,
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => AllSelfContained(initializer.Expressions, enumValued),
        ImplicitArrayCreationExpressionSyntax implicitArray => AllSelfContained(implicitArray.Initializer.Expressions, enumValued),
        CollectionExpressionSyntax collection => AllElementsSelfContained(collection, enumValued),
        _ => false,
    };

    /// <summary>Whether the constant <paramref name="argument"/> produced is an enum value (or an array of them).</summary>
    private static bool IsEnumValued(AttributeData attribute, AttributeArgumentSyntax argument, int position)
    {
        TypedConstant constant;
        if (argument.NameEquals is { } named)
        {
            constant = default;
            foreach (var pair in attribute.NamedArguments)
            {
                if (pair.Key == named.Name.Identifier.ValueText)
                {
                    constant = pair.Value;
                }
            }
        }
        else if (argument.NameColon is null && attribute.ConstructorArguments.Length > 0)
        {
            // Positional: past the last parameter, the argument is an element of a params array.
            constant = attribute.ConstructorArguments[System.Math.Min(position, attribute.ConstructorArguments.Length - 1)];
        }
        else
        {
            return false;
        }

        return constant.Kind == TypedConstantKind.Enum
            || (constant.Kind == TypedConstantKind.Array && !constant.IsNull && constant.Values.Length > 0 && AllEnum(constant.Values));
    }

    private static bool AllEnum(System.Collections.Immutable.ImmutableArray<TypedConstant> values)
    {
        foreach (var value in values)
        {
            if (value.Kind != TypedConstantKind.Enum)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllSelfContained(SeparatedSyntaxList<ExpressionSyntax> expressions, bool enumValued)
    {
        foreach (var expression in expressions)
        {
            if (!IsSelfContained(expression, enumValued))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllElementsSelfContained(CollectionExpressionSyntax collection, bool enumValued)
    {
        foreach (var element in collection.Elements)
        {
            if (element is not ExpressionElementSyntax { Expression: var expression } || !IsSelfContained(expression, enumValued))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasInterpolation(InterpolatedStringExpressionSyntax interpolated)
    {
        foreach (var content in interpolated.Contents)
        {
            if (content is InterpolationSyntax)
            {
                return true;
            }
        }

        return false;
    }
}
