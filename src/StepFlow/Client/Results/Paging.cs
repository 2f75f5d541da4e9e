using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace StepFlow.Client;

/// <summary>Follows <c>nextToken</c>s lazily: a page is fetched only when the caller enumerates that far.</summary>
internal static class Paging
{
    public static IAsyncEnumerable<HistoryEvent> History(IStepFunctionsTransport transport, ExecutionHistoryRequest first, CancellationToken cancellationToken)
        => Follow(
            (token, ct) => transport.GetExecutionHistoryAsync(
                new ExecutionHistoryRequest(first.ExecutionArn)
                {
                    MaxResults = first.MaxResults,
                    ReverseOrder = first.ReverseOrder,
                    IncludeExecutionData = first.IncludeExecutionData,
                    NextToken = token,
                },
                ct),
            first.NextToken,
            cancellationToken);

    public static IAsyncEnumerable<ExecutionSummary> Executions(IStepFunctionsTransport transport, ListExecutionsRequest first, CancellationToken cancellationToken)
        => Follow(
            (token, ct) => transport.ListExecutionsAsync(
                new ListExecutionsRequest(first.StateMachineArn) { StatusFilter = first.StatusFilter, MaxResults = first.MaxResults, NextToken = token },
                ct),
            first.NextToken,
            cancellationToken);

    private static async IAsyncEnumerable<T> Follow<T>(
        Func<string?, CancellationToken, Task<Page<T>>> fetch,
        string? token,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        do
        {
            var page = await fetch(token, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            token = page.NextToken;
        }
        while (token is not null);
    }
}
