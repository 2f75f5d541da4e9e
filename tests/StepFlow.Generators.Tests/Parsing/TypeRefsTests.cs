using System.Linq;
using Microsoft.CodeAnalysis;
using StepFlow.Generators.Parsing;
using StepFlow.Generators.Tests.Infrastructure;
using Xunit;

namespace StepFlow.Generators.Tests.Parsing;

/// <summary>TypeRefs.Is recognises a type by metadata name (name, `arity, namespaces) without formatting it.</summary>
public sealed class TypeRefsTests
{
    private static readonly Compilation Types = GeneratorHarness.Compile("""
        using System.Threading.Tasks;
        namespace Deep.Inner
        {
            public sealed class Task { }
            public sealed class Wide<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> { }
        }
        public static class Signatures
        {
            public static Task<int> Generic() => null!;
            public static Task Plain() => null!;
            public static ValueTask<int> Value() => default;
            public static Deep.Inner.Task Lookalike() => null!;
            public static Deep.Inner.Wide<int, int, int, int, int, int, int, int, int, int, int> Eleven() => null!;
        }
        """);

    [Theory]
    [InlineData("Generic", "System.Threading.Tasks.Task`1", true)]
    [InlineData("Generic", "System.Threading.Tasks.Task", false)]
    [InlineData("Generic", "System.Threading.Tasks.Task`2", false)]
    [InlineData("Plain", "System.Threading.Tasks.Task", true)]
    [InlineData("Plain", "System.Threading.Tasks.Task`1", false)]
    [InlineData("Value", "System.Threading.Tasks.ValueTask`1", true)]
    [InlineData("Value", "System.Threading.Tasks.Task`1", false)]
    [InlineData("Lookalike", "System.Threading.Tasks.Task", false)]
    [InlineData("Lookalike", "Deep.Inner.Task", true)]
    [InlineData("Lookalike", "Inner.Task", false)]
    [InlineData("Eleven", "Deep.Inner.Wide`11", true)]
    [InlineData("Eleven", "Deep.Inner.Wide`1", false)]
    [InlineData("Eleven", "Deep.Inner.Wide`21", false)]
    public void Matches_name_arity_and_every_namespace(string method, string metadataName, bool expected)
    {
        var returnType = Types.GetTypeByMetadataName("Signatures")!.GetMembers(method).OfType<IMethodSymbol>().Single().ReturnType;

        Assert.Equal(expected, TypeRefs.Is(returnType, metadataName));
    }
}
