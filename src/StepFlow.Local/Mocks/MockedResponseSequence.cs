using System.Collections.Generic;

namespace StepFlow.Local.Mocks;

/// <summary>Responses by invocation number (0 = first call of the state in an execution, retries included).
/// Calls past the last defined number repeat the last response.</summary>
public sealed class MockedResponseSequence
{
    private readonly SortedDictionary<int, MockedResponse> _byAttempt = new();

    /// <summary>Uses <paramref name="response"/> for invocations <paramref name="first"/> to <paramref name="last"/>.</summary>
    public MockedResponseSequence For(int first, int last, MockedResponse response)
    {
        for (var i = first; i <= last; i++)
        {
            _byAttempt[i] = response;
        }

        return this;
    }

    /// <summary>Appends a response for the next invocation number.</summary>
    public MockedResponseSequence Then(MockedResponse response)
    {
        var next = 0;
        foreach (var key in _byAttempt.Keys)
        {
            next = key + 1;
        }

        _byAttempt[next] = response;
        return this;
    }

    internal MockedResponse? Get(int invocation)
    {
        MockedResponse? last = null;
        foreach (var pair in _byAttempt)
        {
            if (pair.Key == invocation)
            {
                return pair.Value;
            }

            if (pair.Key > invocation)
            {
                break;
            }

            last = pair.Value;
        }

        return last;
    }
}
