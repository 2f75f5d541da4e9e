namespace StepFlow.Ports.Tests.Workflows;

/// <summary>
/// Port of step-functions-workflows-collection/uml-statemachine (statemachine/BlogServiceRequestSM.asl.json; the
/// folder also holds the BackgroundChecks and BuySell machines): a UML service-request state machine whose open
/// state is a child workflow and whose cancellation waits on a callback.
/// </summary>
[StateMachine(Comment = "A description of my state machine")]
public partial class BlogServiceRequestWorkflow
{
    private const string LambdaServiceErrors = "Lambda.ServiceException";
    private const string LambdaApiErrors = "Lambda.AWSLambdaException";
    private const string LambdaClientErrors = "Lambda.SdkClientException";

    [Pass(
        Name = "Prep Open Request",
        StartAt = true,
        Parameters = """{ "trigger": "initial", "lastTrigger": "", "appData.$": "$.appData" }""",
        Next = nameof(StartOpenRequest))]
    partial void PrepOpenRequest();

    [Task(
        Name = "Start Open Request (Wait to Complete)",
        Resource = "arn:aws:states:::states:startExecution.sync:2",
        Parameters = """
        {
          "StateMachineArn": "${OpenRequestArn}",
          "Input": {
            "appData.$": "$.appData",
            "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id",
            "trigger.$": "$.trigger",
            "lastTrigger.$": "$.lastTrigger"
          }
        }
        """,
        OutputPath = "$.Output",
        Next = nameof(ChoiceAfterOpen))]
    partial void StartOpenRequest();

    // No Default: any other trigger fails the execution with States.NoChoiceMatched.
    [Choice(Name = "Choice After Open")]
    [When(Rule = """{ "Or": [{ "Variable": "$.trigger", "StringMatches": "requestRejected" }, { "Variable": "$.trigger", "StringMatches": "requestApproved" }] }""", Next = nameof(CloseRequest))]
    [When("$.trigger", StringMatches = "cancellationRequested", Next = nameof(CancelRequest))]
    partial void ChoiceAfterOpen();

    [Task(
        Name = "Close Request",
        Resource = "arn:aws:states:::lambda:invoke",
        OutputPath = "$.Payload",
        Parameters = """
        {
          "FunctionName": "${BlogDummyUMLHandlerLambdaArn}",
          "Payload": {
            "instanceId.$": "$$.Execution.Id",
            "appData.$": "$.appData",
            "sourceState": "Closed",
            "activityType": "stateEntry",
            "activityName": "closeRequest"
          }
        }
        """,
        End = true)]
    [Retry(LambdaServiceErrors, LambdaApiErrors, LambdaClientErrors, IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2)]
    partial void CloseRequest();

    // The handler gets the task token and answers when the cancellation is decided.
    [Task(
        Name = "Cancel Request (Callback)",
        Resource = "arn:aws:states:::lambda:invoke.waitForTaskToken",
        OutputPath = "$",
        Parameters = """
        {
          "Payload": {
            "instanceId.$": "$$.Execution.Id",
            "sourceState": "Cancelling",
            "activityType": "stateEntry",
            "activityName": "cancelRequest",
            "taskToken.$": "$$.Task.Token",
            "appData.$": "$.appData"
          },
          "FunctionName": "${BlogDummyUMLHandlerLambdaArn}"
        }
        """,
        ResultPath = "$.appEvent",
        Next = nameof(CombineResult))]
    [Retry(LambdaServiceErrors, LambdaApiErrors, LambdaClientErrors, IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2)]
    partial void CancelRequest();

    [Pass(
        Name = "Combine Result",
        Parameters = """
        {
          "trigger.$": "$.appEvent.appEvent.trigger",
          "lastTrigger.$": "$.lastTrigger",
          "instanceId.$": "$$.Execution.Id",
          "appData.$": "$.appEvent.appEvent.appData"
        }
        """,
        Next = nameof(ChoiceAfterCancel))]
    partial void CombineResult();

    [Choice(Name = "Choice After Cancel", Default = nameof(CancelRequest))]
    [When("$.trigger", StringMatches = "requestCancelled", Next = nameof(CloseRequest))]
    [When("$.trigger", StringMatches = "cancellationRejected", Next = nameof(AlertOddity))]
    partial void ChoiceAfterCancel();

    [Task(
        Name = "Alert Oddity",
        Resource = "arn:aws:states:::lambda:invoke",
        OutputPath = "$.Payload",
        Parameters = """
        {
          "Payload": {
            "instanceId.$": "$$.Execution.Id",
            "appData.$": "$.appData",
            "sourceState": "Cancelling",
            "activityType": "transitionActivity",
            "activityName": "alertOddity",
            "trigger": "cancellationRejected",
            "lastTrigger.$": "$.lastTrigger"
          },
          "FunctionName": "${BlogDummyUMLHandlerLambdaArn}"
        }
        """,
        Next = nameof(PrepOpenRequestHistory))]
    [Retry(LambdaServiceErrors, LambdaApiErrors, LambdaClientErrors, IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2)]
    partial void AlertOddity();

    [Pass(
        Name = "Prep Open Request History",
        Parameters = """{ "trigger": "history", "lastTrigger.$": "$.lastTrigger", "appData.$": "$.appData" }""",
        Next = nameof(StartOpenRequest))]
    partial void PrepOpenRequestHistory();
}
