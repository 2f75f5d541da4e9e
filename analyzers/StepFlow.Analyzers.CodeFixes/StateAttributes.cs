using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepFlow.Analyzers.CodeFixes;

/// <summary>Syntax helpers the fixes share: the states of a class and edits of attribute argument lists.</summary>
internal static class StateAttributes
{
    /// <summary>A state member: its method name and its ASL state name.</summary>
    public readonly record struct StateMember(string MemberName, string StateName, string Kind);

    /// <summary>The states declared by <paramref name="type"/>'s methods (attributes deriving from StepFlow.StateAttribute).</summary>
    public static List<StateMember> Of(INamedTypeSymbol type)
    {
        var states = new List<StateMember>();
        foreach (var member in type.GetMembers())
        {
            if (member is not IMethodSymbol method)
            {
                continue;
            }

            foreach (var attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass?.BaseType?.ToDisplayString() != "StepFlow.StateAttribute")
                {
                    continue;
                }

                var name = method.Name;
                foreach (var pair in attribute.NamedArguments)
                {
                    if (pair.Key == "Name" && pair.Value.Value is string { Length: > 0 } explicitName)
                    {
                        name = explicitName;
                    }
                }

                states.Add(new StateMember(method.Name, name, attribute.AttributeClass.Name));
                break;
            }
        }

        return states;
    }

    /// <summary>The expression naming a state: nameof(Member) when the state is the member's own name, else the literal name.</summary>
    public static ExpressionSyntax Reference(StateMember state)
        => state.StateName == state.MemberName
            ? SyntaxFactory.ParseExpression("nameof(" + state.MemberName + ")")
            : SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(state.StateName));

    public static AttributeSyntax AddNamedArgument(AttributeSyntax attribute, string name, ExpressionSyntax value)
    {
        var argument = SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(name), null, value);
        var list = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        return attribute.WithArgumentList(list.AddArguments(argument));
    }
}
