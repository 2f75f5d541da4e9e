using System;
using System.Collections.Generic;

namespace StepFlow.Client;

/// <summary>One page of a paged operation; <see cref="NextToken"/> is null on the last page.</summary>
public sealed class Page<T>
{
    public Page(IReadOnlyList<T> items, string? nextToken)
    {
        Items = items ?? throw new ArgumentNullException(nameof(items));
        NextToken = nextToken;
    }

    public IReadOnlyList<T> Items { get; }

    public string? NextToken { get; }
}
