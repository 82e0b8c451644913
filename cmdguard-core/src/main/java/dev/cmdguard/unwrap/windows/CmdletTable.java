package dev.cmdguard.unwrap.windows;

/**
 * The cmdlets cmdguard reads, as text: {@code Name : aliases ; parameters}. An alias ending in
 * {@code ^} exists in Windows PowerShell 5.1 only (about_Aliases; PowerShell 7 removed {@code
 * curl}, {@code wget} and {@code sc} so that the native programs run). A parameter is written
 * {@code Name}, {@code Name!} for a switch, {@code Name@N} for position N, {@code Name@N+} for the
 * last positional parameter that takes every remaining positional argument, and {@code
 * Name(alias,alias)} with its aliases. The parameters and aliases come from each cmdlet's reference
 * page (learn.microsoft.com/powershell/module) and {@code Get-Alias} of a default session.
 */
final class CmdletTable {
  private CmdletTable() {}

  /** The common parameters every cmdlet has (about_CommonParameters), with their aliases. */
  static final String COMMON =
      "Verbose!(vb) Debug!(db) ErrorAction(ea) WarningAction(wa) InformationAction(infa)"
          + " ProgressAction(proga) ErrorVariable(ev) WarningVariable(wv) InformationVariable(iv)"
          + " OutVariable(ov) OutBuffer(ob) PipelineVariable(pv) WhatIf!(wi) Confirm!(cf)";

  static final String PROVIDER = " Filter Include Exclude Force! Credential";

  static final String TEXT =
      """
      Add-Content : ac ; Path@0 Value@1+ LiteralPath(PSPath,LP) PassThru! NoNewline! Encoding Stream AsByteStream!%1$s
      Add-MpPreference : ; ExclusionPath ExclusionProcess ExclusionExtension ExclusionIpAddress AttackSurfaceReductionOnlyExclusions ControlledFolderAccessAllowedApplications Force!
      Add-Type : ; TypeDefinition@0(TD) Name MemberDefinition Namespace(NS) UsingNamespace(Using) Path@0 LiteralPath(PSPath,LP) AssemblyName(AN) Language ReferencedAssemblies(RA) OutputAssembly(OA) OutputType(OT) PassThru! IgnoreWarnings! CompilerParameters(CP)
      Clear-Content : clc ; Path@0+ LiteralPath(PSPath,LP) Stream%1$s
      Clear-Disk : ; Number@0+(DiskNumber) FriendlyName UniqueId(Id) Path(DevicePath) InputObject RemoveData! RemoveOEM! ZeroOutEntireDisk! CimSession(Session) ThrottleLimit AsJob! PassThru!
      Clear-EventLog : ; LogName@0+(LN) ComputerName@1(CN)
      Clear-Host : clear cls ;
      Clear-Item : cli ; Path@0+ LiteralPath(PSPath,LP)%1$s
      Clear-ItemProperty : clp ; Path@0 Name@1 LiteralPath(PSPath,LP) PassThru!%1$s
      Clear-RecycleBin : ; DriveLetter@0+ Force!
      Compare-Object : compare diff^ ; ReferenceObject@0 DifferenceObject@1 SyncWindow Property ExcludeDifferent! IncludeEqual! PassThru! Culture CaseSensitive!
      ConvertFrom-Json : ; InputObject@0 AsHashtable! Depth NoEnumerate! DateKind
      ConvertTo-Json : ; InputObject@0 Depth Compress! EnumsAsStrings! AsArray! EscapeHandling
      Copy-Item : copy cp cpi ; Path@0 Destination@1 LiteralPath(PSPath,LP) Container! Recurse! PassThru! ToSession FromSession%1$s
      Disable-ComputerRestore : ; Drive@0+
      ForEach-Object : foreach %% ; Process@0+ Begin End RemainingScripts MemberName ArgumentList(Args) InputObject Parallel ThrottleLimit TimeoutSeconds AsJob! UseNewRunspace!
      Format-List : fl ; Property@0+ GroupBy View ShowError! DisplayError! Force! Expand InputObject
      Format-Table : ft ; Property@0+ AutoSize! HideTableHeaders! Wrap! GroupBy View ShowError! DisplayError! Force! Expand InputObject RepeatHeader!
      Format-Volume : ; DriveLetter@0+ FileSystem NewFileSystemLabel AllocationUnitSize Full! Force! Compress! ShortFileNameSupport SetIntegrityStreams UseLargeFRS! DisableHeatGathering! IsDAX Path ObjectId(Id) FileSystemLabel Partition InputObject CimSession(Session) ThrottleLimit AsJob!
      Get-Acl : ; Path@0+ LiteralPath(PSPath,LP) Audit! AllCentralAccessPolicies! InputObject%1$s
      Get-Alias : gal ; Name@0+ Definition Exclude Scope
      Get-ChildItem : gci ls dir ; Path@0 Filter@1 LiteralPath(PSPath,LP) Include Exclude Recurse!(s) Depth Force! Name! Attributes FollowSymlink! Directory!(ad,d) File!(af) Hidden!(ah,h) ReadOnly!(ar) System!(as)
      Get-CimInstance : gcim ; ClassName@0(Class) Query Filter Namespace ComputerName(CN) Property(SelectProperties) InputObject(CimInstance) ResourceUri KeyOnly! Shallow! OperationTimeoutSec CimSession QueryDialect
      Get-Command : gcm ; Name@0+ Noun Verb Module(PSSnapin) CommandType(Type) TotalCount ListImported! Syntax! All! ParameterName ParameterType ShowCommandInfo! UseFuzzyMatching! UseAbbreviationExpansion!
      Get-Content : gc cat type ; Path@0+ LiteralPath(PSPath,LP) ReadCount TotalCount(First,Head) Tail(Last) Delimiter Wait! Raw! Encoding AsByteStream! Stream%1$s
      Get-Date : ; Date@0(LastWriteTime) Year Month Day Hour Minute Second Millisecond DisplayHint Format UFormat AsUTC! UnixTimeSeconds
      Get-FileHash : ; Path@0+ LiteralPath(PSPath,LP) InputStream Algorithm
      Get-Help : help man ; Name@0 Path Category Component Functionality Role Full! Detailed! Examples! Parameter Online! ShowWindow!
      Get-Item : gi ; Path@0+ LiteralPath(PSPath,LP) Stream%1$s
      Get-ItemProperty : gp ; Path@0 Name@1+ LiteralPath(PSPath,LP)%1$s
      Get-ItemPropertyValue : gpv ; Path@0 Name@1+ LiteralPath(PSPath,LP)%1$s
      Get-Location : gl pwd ; PSProvider PSDrive Stack! StackName
      Get-Member : gm ; Name@0+ InputObject MemberType(Type) View Static! Force!
      Get-Process : gps ps ; Name@0+(ProcessName) Id(PID) InputObject IncludeUserName! Module! FileVersionInfo!(FV,FVI) ComputerName(Cn)
      Get-Service : gsv ; Name@0+(ServiceName) DisplayName Include Exclude DependentServices!(DS) RequiredServices!(SDO,ServicesDependedOn) InputObject ComputerName(Cn)
      Get-WmiObject : gwmi ; Class@0 Property@1 Filter Query Namespace(NS) ComputerName(Cn) Credential List! Recurse! Amended! DirectRead! AsJob! Authentication Impersonation Locale EnableAllPrivileges! Authority
      Group-Object : group ; Property@0+ NoElement! AsHashTable! AsString! InputObject Culture CaseSensitive!
      Invoke-CimMethod : icim ; ClassName@0(Class) MethodName@2(Name) Arguments@1 InputObject(CimInstance) Namespace ComputerName(CN) Query QueryDialect CimSession OperationTimeoutSec CimClass ResourceUri
      Invoke-Command : icm ; ScriptBlock@0(Command) ArgumentList(Args) ComputerName(Cn) Session Credential FilePath(PSPath) AsJob! HideComputerName!(HCN) JobName ThrottleLimit InDisconnectedSession!(Disconnected) SessionName ConnectionUri(URI,CU) VMName VMId(VMGuid) ContainerId HostName UserName KeyFilePath(IdentityFilePath) SSHTransport! RunAsAdministrator! NoNewScope! InputObject UseSSL! Port ApplicationName ConfigurationName EnableNetworkAccess! Authentication CertificateThumbprint AllowRedirection! SessionOption
      Invoke-Expression : iex ; Command@0
      Invoke-Item : ii ; Path@0+ LiteralPath(PSPath,LP)%1$s
      Invoke-RestMethod : irm ; Uri@0 Method Body Headers OutFile ContentType InFile UseBasicParsing! UserAgent WebSession SessionVariable(SV) Credential UseDefaultCredentials! Proxy ProxyCredential ProxyUseDefaultCredentials! TimeoutSec MaximumRedirection MaximumRetryCount RetryIntervalSec SkipCertificateCheck! Form PassThru! Resume! StatusCodeVariable ResponseHeadersVariable FollowRelLink!(FL) MaximumFollowRelLink(ML) Token Authentication NoProxy! SslProtocol HttpVersion AllowUnencryptedAuthentication! SkipHeaderValidation! SkipHttpErrorCheck! TransferEncoding PreserveAuthorizationOnRedirect! UnixSocket CustomMethod(CM) DisableKeepAlive! CertificateThumbprint Certificate
      Invoke-WebRequest : iwr curl^ wget^ ; Uri@0 Method Body Headers OutFile ContentType InFile UseBasicParsing! UserAgent WebSession SessionVariable(SV) Credential UseDefaultCredentials! Proxy ProxyCredential ProxyUseDefaultCredentials! TimeoutSec MaximumRedirection MaximumRetryCount RetryIntervalSec SkipCertificateCheck! Form PassThru! Resume! SkipHeaderValidation! SkipHttpErrorCheck! Token Authentication NoProxy! SslProtocol HttpVersion AllowUnencryptedAuthentication! TransferEncoding PreserveAuthorizationOnRedirect! UnixSocket CustomMethod(CM) DisableKeepAlive! CertificateThumbprint Certificate
      Invoke-WmiMethod : iwmi ; Class@0 Name@1 ArgumentList@2 Path InputObject Namespace(NS) ComputerName(Cn) Credential AsJob! ThrottleLimit Authentication Impersonation Locale EnableAllPrivileges! Authority
      Join-Path : ; Path@0+(PSPath) ChildPath@1 AdditionalChildPath@2 Resolve! Credential Extension
      Measure-Object : measure ; Property@0+ InputObject Sum! Average! Maximum! Minimum! StandardDeviation! AllStats! Line! Word! Character! IgnoreWhiteSpace!
      Move-Item : mi move mv ; Path@0 Destination@1 LiteralPath(PSPath,LP) PassThru!%1$s
      New-Alias : nal ; Name@0 Value@1 Description Option PassThru! Scope Force!
      New-Item : ni ; Path@0 ItemType(Type) Name Value(Target) Force! Credential
      New-ItemProperty : ; Path@0 Name@1(PSProperty) PropertyType(Type) Value LiteralPath(PSPath,LP)%1$s
      New-Object : ; TypeName@0 ArgumentList@1(Args) ComObject(Com) Strict! Property
      Out-File : ; FilePath@0(Path) Encoding@1 LiteralPath(PSPath,LP) Append! Force! NoClobber!(NoOverwrite) Width NoNewline! InputObject
      Out-Host : oh ; Paging! InputObject
      Out-Null : ; InputObject
      Out-String : ; Width Stream! NoNewline! InputObject
      Pop-Location : popd ; PassThru! StackName
      Push-Location : pushd ; Path@0 LiteralPath(PSPath,LP) PassThru! StackName
      Remove-CimInstance : rcim ; InputObject@0(CimInstance) Query@0 Namespace ComputerName(CN) CimSession ResourceUri OperationTimeoutSec QueryDialect
      Remove-Item : ri rm rmdir del erase rd ; Path@0+ LiteralPath(PSPath,LP) Recurse! Stream%1$s
      Remove-ItemProperty : rp ; Path@0 Name@1+(PSProperty) LiteralPath(PSPath,LP)%1$s
      Remove-Partition : ; DiskNumber DiskId DiskPath Offset PartitionNumber(Number) DriveLetter InputObject CimSession(Session) ThrottleLimit AsJob! PassThru!
      Remove-WmiObject : rwmi ; Class@0 Path InputObject Namespace(NS) ComputerName(Cn) Credential AsJob! ThrottleLimit Authentication Impersonation Locale EnableAllPrivileges! Authority
      Rename-Item : ren rni ; Path@0 NewName@1 LiteralPath(PSPath,LP) PassThru! Force! Credential
      Resolve-Path : rvpa ; Path@0+ LiteralPath(PSPath,LP) Relative! RelativeBasePath Credential
      Restart-Computer : ; ComputerName@0+(CN,__SERVER,Server,IPAddress) Credential@1 WsmanAuthentication Force!(f) Wait! Timeout(TimeoutSec) For Delay DcomAuthentication(Authentication) Impersonation Protocol AsJob! ThrottleLimit
      Restart-Service : ; Name@0+(ServiceName) DisplayName InputObject Include Exclude Force! PassThru!
      Select-Object : select ; Property@0+ ExcludeProperty ExpandProperty Unique! CaseInsensitive! Last First Skip SkipLast Wait! Index SkipIndex InputObject
      Select-String : sls ; Pattern@0 Path@1+ LiteralPath(PSPath,LP) InputObject SimpleMatch! CaseSensitive! Quiet! List! NoEmphasis! Include Exclude NotMatch! AllMatches! Encoding Context Raw! Culture
      Set-Acl : ; Path@0+ AclObject@1 LiteralPath(PSPath,LP) InputObject CentralAccessPolicy ClearCentralAccessPolicy! Passthru!%1$s
      Set-Alias : sal ; Name@0 Value@1 Description Option PassThru! Scope Force!
      Set-Content : sc^ ; Path@0 Value@1+ LiteralPath(PSPath,LP) PassThru! NoNewline! Encoding Stream AsByteStream!%1$s
      Set-Date : ; Date@0 Adjust DisplayHint
      Set-ExecutionPolicy : ; ExecutionPolicy@0 Scope@1 Force!
      Set-Item : si ; Path@0 Value@1 LiteralPath(PSPath,LP) PassThru!%1$s
      Set-ItemProperty : sp ; Path@0 Name@1(PSProperty) Value@2 LiteralPath(PSPath,LP) InputObject Type PassThru!%1$s
      Set-Location : cd chdir sl ; Path@0 LiteralPath(PSPath,LP) PassThru! StackName
      Set-MpPreference : ; DisableRealtimeMonitoring DisableBehaviorMonitoring DisableIOAVProtection DisableScriptScanning DisableArchiveScanning DisableIntrusionPreventionSystem DisableBlockAtFirstSeen DisableEmailScanning DisableRemovableDriveScanning DisableScanningNetworkFiles DisableScanningMappedNetworkDrivesForFullScan DisablePrivacyMode DisableCatchupFullScan DisableCatchupQuickScan DisableCpuThrottleOnIdleScans DisableTlsParsing DisableHttpParsing DisableDnsParsing DisableSshParsing DisableRdpParsing DisableAutoExclusions DisableNetworkProtectionPerfTelemetry MAPSReporting SubmitSamplesConsent EnableControlledFolderAccess EnableNetworkProtection PUAProtection ExclusionPath ExclusionProcess ExclusionExtension ExclusionIpAddress SignatureDisableUpdateOnStartupWithoutEngine ScanScheduleDay ScanScheduleTime Force!
      Set-NetFirewallProfile : ; Name@0+(Profile) All! Enabled DefaultInboundAction DefaultOutboundAction AllowInboundRules AllowLocalFirewallRules AllowLocalIPsecRules NotifyOnListen LogAllowed LogBlocked LogFileName LogMaxSizeKilobytes InputObject PolicyStore GPOSession CimSession ThrottleLimit AsJob! PassThru!
      Set-Service : ; Name@0(ServiceName,SN) DisplayName(DN) Description StartupType(StartMode,SM,ST,StartType) Status InputObject SecurityDescriptorSddl(sd) Credential Force! PassThru! ComputerName(cn)
      Set-Variable : set sv ; Name@0+ Value@1 Include Exclude Description Option Force! Visibility PassThru! Scope
      Sort-Object : sort ; Property@0+ Descending! Unique! Top Bottom Stable! InputObject Culture CaseSensitive!
      Split-Path : ; Path@0+ LiteralPath(PSPath,LP) Parent! Leaf! LeafBase! Extension! Qualifier! NoQualifier! IsAbsolute! Resolve! Credential
      Start-BitsTransfer : ; Source@0+ Destination@1 Asynchronous! Authentication Credential Description DisplayName Priority ProxyAuthentication ProxyBypass ProxyCredential ProxyList ProxyUsage RetryInterval RetryTimeout Suspended! TransferPolicy TransferType UseStoredCredential
      Start-Job : sajb ; ScriptBlock@0(Command) FilePath LiteralPath(PSPath,LP) Name InitializationScript ArgumentList(Args) InputObject DefinitionName DefinitionPath Type RunAs32! PSVersion Authentication Credential WorkingDirectory
      Start-Process : saps start ; FilePath@0(PSPath,Path) ArgumentList@1+(Args) Verb WorkingDirectory Credential(RunAs) LoadUserProfile!(Lup) NoNewWindow!(nnw) PassThru! RedirectStandardError(RSE) RedirectStandardInput(RSI) RedirectStandardOutput(RSO) WindowStyle Wait! UseNewEnvironment! Environment
      Start-Sleep : sleep ; Seconds@0(s) Milliseconds(ms) Duration
      Stop-Computer : ; ComputerName@0+(CN,__SERVER,Server,IPAddress) Credential@1 Force! AsJob! DcomAuthentication(Authentication) WsmanAuthentication Protocol Impersonation ThrottleLimit
      Stop-Process : kill spps ; Id@0+ Name(ProcessName) InputObject PassThru! Force!
      Stop-Service : spsv ; Name@0+(ServiceName) DisplayName InputObject Include Exclude Force! NoWait! PassThru!
      Tee-Object : tee ; FilePath@0(Path) LiteralPath(PSPath,LP) Variable Append! Encoding InputObject
      Test-Path : ; Path@0+ LiteralPath(PSPath,LP) PathType(Type) IsValid! OlderThan NewerThan%1$s
      Where-Object : where ? ; FilterScript@0 Property@0 Value@1 InputObject EQ! CEQ! NE! CNE! GT! CGT! LT! CLT! GE! CGE! LE! CLE! Like! CLike! NotLike! CNotLike! Match! CMatch! NotMatch! CNotMatch! Contains!(IContains) CContains! NotContains!(INotContains) CNotContains! In!(IIn) CIn! NotIn!(INotIn) CNotIn! Is! IsNot! Not!
      Write-Host : ; Object@0+ NoNewline! Separator ForegroundColor BackgroundColor
      Write-Output : echo write ; InputObject@0+ NoEnumerate!
      """
          .formatted(PROVIDER);
}
