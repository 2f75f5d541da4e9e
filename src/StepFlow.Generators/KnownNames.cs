namespace StepFlow.Generators;

/// <summary>Metadata names the generator and analyzers recognise, in one place.</summary>
internal static class KnownNames
{
    public const string StateMachineAttribute = "StepFlow.StateMachineAttribute";
    public const string BranchAttribute = "StepFlow.BranchAttribute";
    public const string ItemProcessorAttribute = "StepFlow.ItemProcessorAttribute";
    public const string StateAttribute = "StepFlow.StateAttribute";
    public const string TaskAttribute = "StepFlow.TaskAttribute";
    public const string PassAttribute = "StepFlow.PassAttribute";
    public const string WaitAttribute = "StepFlow.WaitAttribute";
    public const string ChoiceAttribute = "StepFlow.ChoiceAttribute";
    public const string SucceedAttribute = "StepFlow.SucceedAttribute";
    public const string FailAttribute = "StepFlow.FailAttribute";
    public const string ParallelAttribute = "StepFlow.ParallelAttribute";
    public const string MapAttribute = "StepFlow.MapAttribute";
    public const string WhenAttribute = "StepFlow.WhenAttribute";
    public const string RetryAttribute = "StepFlow.RetryAttribute";
    public const string CatchAttribute = "StepFlow.CatchAttribute";
    public const string AslFieldAttribute = "StepFlow.AslFieldAttribute";

    /// <summary>Recognised by name: Amazon.Lambda.Core is not referenced by StepFlow.</summary>
    public const string LambdaContext = "Amazon.Lambda.Core.ILambdaContext";
    public const string CancellationToken = "System.Threading.CancellationToken";
    public const string Task = "System.Threading.Tasks.Task";
    public const string TaskOfT = "System.Threading.Tasks.Task`1";
    public const string ValueTask = "System.Threading.Tasks.ValueTask";
    public const string ValueTaskOfT = "System.Threading.Tasks.ValueTask`1";

    public const string LambdaInvokeResource = "arn:aws:states:::lambda:invoke";
}
