using Xunit;

namespace StepFlow.Generators.Tests.Infrastructure;

/// <summary>Tests that read the process-wide reuse counter run with no other test beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ParseReuseCollection
{
    public const string Name = "parse reuse";
}
