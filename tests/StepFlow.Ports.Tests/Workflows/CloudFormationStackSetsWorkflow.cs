namespace StepFlow.Ports.Tests.Workflows;

/// <summary>
/// Port of step-functions-workflows-collection/sfn-cfn-stacksets-workflow-cdk (statemachine/statemachine.asl.json):
/// creates or deletes a service-managed CloudFormation StackSet across the organization, polling each operation.
/// </summary>
[StateMachine(Comment = "SFN Pattern to Create/Delete CFN StackSets")]
public partial class CloudFormationStackSetsWorkflow
{
    private const string CloudFormation = "arn:aws:states:::aws-sdk:cloudformation:";
    private const string DescribeOperation = CloudFormation + "describeStackSetOperation";
    private const string OperationOfThisStackSet = """{ "StackSetName": "sfn-cfn-stackset", "OperationId.$": "$.OperationId" }""";
    private const string Status = "$.StackSetOperation.Status";
    private const string StillRunning = $$"""{ "Or": [{ "Variable": "{{Status}}", "StringEquals": "RUNNING" }, { "Variable": "{{Status}}", "StringEquals": "QUEUED" }] }""";

    [Task(
        StartAt = true,
        Resource = "arn:aws:states:::aws-sdk:organizations:listRoots",
        Parameters = "{}",
        ResultSelector = """{ "rootOU.$": "$.Roots[0].Id" }""",
        ResultPath = "$.org",
        Next = nameof(CreateOrDelete))]
    partial void ListRoots();

    [Choice(Name = "CreateOrDelete?", Default = nameof(InvalidInput))]
    [When("$.operation", StringEquals = "create", Next = nameof(CreateStackSet))]
    [When("$.operation", StringEquals = "delete", Next = nameof(DeleteStackInstances))]
    partial void CreateOrDelete();

    [Fail(Error = "InvalidInput", Cause = "Input Params should be ( \"operation\": \"create\"|\"delete\" }")]
    partial void InvalidInput();

    [Task(
        Resource = CloudFormation + "createStackSet",
        Parameters = """
        {
          "StackSetName": "sfn-cfn-stackset",
          "Description": "StackSet for creating IAM roles in linked accounts",
          "ManagedExecution": { "Active": true },
          "PermissionModel": "SERVICE_MANAGED",
          "Capabilities": ["CAPABILITY_NAMED_IAM"],
          "AutoDeployment": { "Enabled": true, "RetainStacksOnAccountRemoval": false },
          "Parameters": [{ "ParameterKey": "ManagementAccountId", "ParameterValue.$": "$.managementAccountId" }],
          "TemplateURL.$": "$.templateURL"
        }
        """,
        ResultPath = "$.StackSetId",
        Next = nameof(CreateStackInstances))]
    [Catch("CloudFormation.NameAlreadyExistsException", Next = nameof(StackSetExists))]
    partial void CreateStackSet();

    [Task(
        Resource = CloudFormation + "createStackInstances",
        Parameters = """
        {
          "StackSetName": "sfn-cfn-stackset",
          "Regions": ["us-east-1"],
          "DeploymentTargets": { "OrganizationalUnitIds.$": "States.Array($.org.rootOU)" }
        }
        """,
        Next = nameof(WaitWhileCreating))]
    partial void CreateStackInstances();

    [Wait(Name = "Creating, Wait 5s", Seconds = 5, Next = nameof(CheckCreatingStackSetStatus))]
    partial void WaitWhileCreating();

    [Choice(Name = "Create Completed?", OutputPath = "$.StackSetOperation", Default = nameof(CreateStackSetFailed))]
    [When(Rule = StillRunning, Next = nameof(WaitWhileCreating))]
    [When(Status, StringEquals = "SUCCEEDED", Next = nameof(StackSetCreated))]
    partial void CreateCompleted();

    [Task(Resource = DescribeOperation, Parameters = OperationOfThisStackSet, Next = nameof(CreateCompleted))]
    partial void CheckCreatingStackSetStatus();

    [Fail(ErrorPath = "$.error", CausePath = "$.cause")]
    partial void CreateStackSetFailed();

    [Succeed(Name = "StackSet Created")]
    partial void StackSetCreated();

    [Fail(Error = "CreateStackSetsFailed", Cause = "StackSet already exists")]
    partial void StackSetExists();

    [Task(
        Resource = CloudFormation + "deleteStackInstances",
        Parameters = """
        {
          "StackSetName": "sfn-cfn-stackset",
          "Regions": ["us-east-1"],
          "DeploymentTargets": { "OrganizationalUnitIds.$": "States.Array($.org.rootOU)" },
          "RetainStacks": "false"
        }
        """,
        Next = nameof(WaitWhileDeleting))]
    [Catch("CloudFormation.StackSetNotFoundException", Next = nameof(DeleteStackSetFailed))]
    partial void DeleteStackInstances();

    [Wait(Name = "Deleting, Wait 5s", Seconds = 5, Next = nameof(CheckDeletingStackSetStatus))]
    partial void WaitWhileDeleting();

    [Choice(Name = "Delete Completed?", OutputPath = "$.StackSetOperation", Default = nameof(DeleteStackSetFailed))]
    [When(Rule = StillRunning, Next = nameof(WaitWhileDeleting))]
    [When(Status, StringEquals = "SUCCEEDED", Next = nameof(DeleteStackSet))]
    partial void DeleteCompleted();

    [Task(Resource = DescribeOperation, Parameters = OperationOfThisStackSet, Next = nameof(DeleteCompleted))]
    partial void CheckDeletingStackSetStatus();

    [Fail(Error = "Failed to Delete StackSets", Cause = "StackSet not found or StackSet Status was one of 'FAILED | STOPPING | STOPPED'")]
    partial void DeleteStackSetFailed();

    [Task(Resource = CloudFormation + "deleteStackSet", Parameters = """{ "StackSetName": "sfn-cfn-stackset" }""", End = true)]
    partial void DeleteStackSet();
}
