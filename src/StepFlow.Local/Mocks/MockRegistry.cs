using System;
using System.Collections.Concurrent;

namespace StepFlow.Local.Mocks;

/// <summary>Mocks registered in code by state name; they win over task handlers.</summary>
public sealed class MockRegistry
{
    private readonly ConcurrentDictionary<string, MockedResponseSequence> _byState = new(StringComparer.Ordinal);

    /// <summary>The response sequence for <paramref name="stateName"/> (created on first use).</summary>
    public MockedResponseSequence ForState(string stateName) => _byState.GetOrAdd(stateName, _ => new MockedResponseSequence());

    internal MockedResponseSequence? Find(string stateName) => _byState.TryGetValue(stateName, out var s) ? s : null;
}
