namespace StepFlow.Ports.Tests.Workflows;

/// <summary>
/// Port of serverless-patterns/eventbridge-stepfunction-lambda-getfunctionstatus (statemachine/definition.asl.json):
/// a JSONata machine that pages through every Lambda function, checks each one's state in an inline Map, and
/// mails the inactive ones through SNS.
/// </summary>
[StateMachine(Comment = "A description of my state machine", QueryLanguage = QueryLanguage.Jsonata)]
public partial class LambdaFunctionStatusWorkflow
{
    [Task(
        StartAt = true,
        Resource = "arn:aws:states:::aws-sdk:lambda:listFunctions",
        Arguments = """{ "Marker": "{% $states.input.NextMarker%}" }""",
        Output = """
        {
          "ListFunctions_output": "{% $states.result%}",
          "Function_ARN_List_existing": {
            "lambda_arn_list_combined": "{% $states.input.Function_ARN_List_existing.lambda_arn_list_combined%}"
          }
        }
        """,
        Next = nameof(CombineData))]
    partial void ListFunctions();

    // Appends this page's ARNs to the list carried between pages and says whether another page follows.
    [Task(
        Name = "Lambda Invoke - Combine data",
        Resource = "arn:aws:states:::lambda:invoke",
        Output = "{% $states.result.Payload %}",
        Arguments = """{ "FunctionName": "${LambdaFunctionArn}", "Payload": "{% $states.input %}" }""",
        Next = nameof(CheckNextMarker))]
    [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException", IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2, JitterStrategy = JitterStrategy.Full)]
    partial void CombineData();

    [Choice(Name = "Check NextMarker", Default = nameof(LoopFunctions))]
    [When(Condition = "{% $states.input.NextMarkercheck = 'true' %}", Output = "{% $states.input%}", Next = nameof(ListFunctions))]
    partial void CheckNextMarker();

    [Map(
        Name = "Map - Loop Functions",
        ItemProcessor = typeof(FunctionCheck),
        Items = "{% $states.input.Function_ARN_List_existing.lambda_arn_list_combined %}",
        MaxConcurrency = 40,
        Next = nameof(FilterInactiveFunctions))]
    partial void LoopFunctions();

    [Pass(
        Name = "Filter Inactive Functions",
        Output = """
        {
          "Inactive_Functions": "{% $states.input.FunctionConfig[State='Inactive'] ?  $states.input.FunctionConfig[State='Inactive'] : false %}"
        }
        """,
        Next = nameof(AnyInactive))]
    partial void FilterInactiveFunctions();

    [Choice(Name = "Choice", Default = nameof(InactiveFound))]
    [When(Condition = "{% $states.input.Inactive_Functions = false %}", Next = nameof(NoneInactive), Output = """{ "Inactive_Functions": " No Inactive Functions" }""")]
    partial void AnyInactive();

    [Pass(Name = "Inactive function pass state", Next = nameof(Publish))]
    partial void InactiveFound();

    [Pass(Name = "No Inactivce Function", Next = nameof(Publish))]
    partial void NoneInactive();

    [Task(
        Name = "SNS Publish",
        Resource = "arn:aws:states:::sns:publish",
        Arguments = """
        {
          "TopicArn": "${TopicARN}",
          "Message": "{% $states.input.Inactive_Functions %}",
          "Subject": "Inactive Lambda functions list | ${region} | Account - ${accountID}"
        }
        """,
        End = true)]
    partial void Publish();

    [ItemProcessor(Mode = MapMode.Inline)]
    public partial class FunctionCheck
    {
        [Task(
            StartAt = true,
            Resource = "arn:aws:states:::aws-sdk:lambda:getFunction",
            Arguments = """{ "FunctionName": "{% $states.input.ARN %}" }""",
            Next = nameof(CheckFunctionStatus))]
        partial void GetFunction();

        // Inactive functions keep the reason for the report; active ones only their ARN and state.
        [Choice(
            Name = "Check Function Status",
            Default = nameof(Active),
            Output = """
            {
              "FunctionConfig": {
                "ARN": "{% $states.input.Configuration.FunctionArn %}",
                "State": "{% $states.input.Configuration.State %}"
              }
            }
            """)]
        [When(
            Next = nameof(Inactive),
            Output = """
            {
              "FunctionConfig": {
                "ARN": "{% $states.input.Configuration.FunctionArn %}",
                "State": "{% $states.input.Configuration.State %}",
                "StateReason": "{% $states.input.Configuration.StateReason %}",
                "StateReasonCode": "{% $states.input.Configuration.StateReasonCode %}",
                "LastModified": "{% $states.input.Configuration.LastModified %}"
              }
            }
            """,
            Condition = "{% $states.input.Configuration.State = 'Inactive' %}")]
        partial void CheckFunctionStatus();

        [Pass(Name = "Pass", End = true)]
        partial void Active();

        [Pass(End = true)]
        partial void Inactive();
    }
}
