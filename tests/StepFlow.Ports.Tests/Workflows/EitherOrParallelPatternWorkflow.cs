namespace StepFlow.Ports.Tests.Workflows;

/// <summary>
/// Port of step-functions-workflows-collection/either-or-parallel-pattern (statemachine/statemachine.asl.json): two
/// pollers and a timer race in a Parallel state; whichever finishes first fails on purpose with its own error,
/// which stops the others and is caught to pick the next step.
/// </summary>
[StateMachine(Comment = "A description of my state machine")]
public partial class EitherOrParallelPatternWorkflow
{
    private const string PollerComment = "This is a placeholder. Can be replaced with pretty much anythng that needs to be polled.";
    private const string NotCompleted = """{ "Completed": false }""";
    private const string Process1Completed = "States.FauxFailure1";
    private const string Process2Completed = "States.FauxFailure2";
    private const string RanOutOfTime = "States.RanOutOfTime";

    [Parallel(
        Name = "Wait Either For Process Completion Or Timeout",
        StartAt = true,
        Branches = new[] { typeof(Process1Poller), typeof(Process2Poller), typeof(TimeLimit) },
        Next = nameof(AfterProcess1))]
    [Catch(Process1Completed, Next = nameof(AfterProcess1), Comment = "Process1 Completed")]
    [Catch(Process2Completed, Comment = "Process2 Completed", Next = nameof(AfterProcess2))]
    [Catch(RanOutOfTime, Comment = "Process Ran out of Time", Next = nameof(AfterTimeout))]
    partial void WaitForFirst();

    [Pass(Name = "Next Step If Process1 Completes", End = true)]
    partial void AfterProcess1();

    [Pass(Name = "Next Step if Process 2 Completes", End = true)]
    partial void AfterProcess2();

    [Pass(Name = "Next Step if Process Ran out of time", End = true)]
    partial void AfterTimeout();

    [Branch]
    public partial class Process1Poller
    {
        [Pass(Name = "Get Process1 Completion Status", StartAt = true, Result = NotCompleted, Comment = PollerComment, ResultPath = "$.QueryResult", Next = nameof(CheckCompleted))]
        partial void GetStatus();

        [Wait(Name = "Wait Before Getting Process 1 Status", Seconds = 5, Next = nameof(GetStatus))]
        partial void WaitBeforePolling();

        // Done when the input says so, or when the poll says so.
        [Choice(Name = "Check If Process1 Completed", Default = nameof(WaitBeforePolling))]
        [When(
            Rule = """
            {
              "Or": [
                {
                  "And": [
                    { "Variable": "$.Process1ToComplete", "IsPresent": true },
                    { "Variable": "$.Process1ToComplete", "BooleanEquals": true }
                  ]
                },
                { "Variable": "$.QueryResult.Completed", "BooleanEquals": true }
              ]
            }
            """,
            Next = nameof(Completed))]
        partial void CheckCompleted();

        [Fail(Name = "Process1 Completed (DummyFailure)", Error = Process1Completed, Comment = "This is actually a success criterion.")]
        partial void Completed();
    }

    [Branch]
    public partial class Process2Poller
    {
        [Wait(Name = "Wait Before Getting Process 2 Status", Seconds = 5, Next = nameof(GetStatus))]
        partial void WaitBeforePolling();

        [Pass(Name = "Get Process2 Completion Status", StartAt = true, Result = NotCompleted, Comment = PollerComment, ResultPath = "$.QueryResult", Next = nameof(CheckCompleted))]
        partial void GetStatus();

        [Choice(Name = "Check If Process2 Completed", Default = nameof(WaitBeforePolling))]
        [When(
            Rule = """
            {
              "Or": [
                { "And": [{ "Variable": "$.Process2ToComplete", "IsPresent": true }, { "Variable": "$.Process2ToComplete", "BooleanEquals": true }] },
                { "Variable": "$.QueryResult.Completed", "BooleanEquals": true }
              ]
            }
            """,
            Next = nameof(Completed))]
        partial void CheckCompleted();

        [Fail(Name = "Process2 Completed (DummyFailure)", Error = Process2Completed, Comment = "This is actually a success criterion.")]
        partial void Completed();
    }

    [Branch]
    public partial class TimeLimit
    {
        [Wait(StartAt = true, Seconds = 15, Next = nameof(Expire))]
        partial void TimeoutWait();

        [Fail(Name = "Ran out of Time", Error = RanOutOfTime)]
        partial void Expire();
    }
}
