using System.Runtime.CompilerServices;

namespace StepFlow.Jsonata.Runtime;

/// <summary>
/// Probe for the recursive helpers that walk values (stringify, equality, cloning, conversion): values nested
/// deeper than the stack allows end with <c>U1001</c> instead of killing the process.
/// </summary>
internal static class StackGuard
{
    public static void Check()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw JsonataErrors.Create("U1001", value: "Stack overflow error: the value is nested too deeply");
        }
    }
}
