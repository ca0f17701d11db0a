# KMS Tray activation step: for each product, set the KMS host and port where asked, then activate.
# Runs as the signed-in user, or as administrator through one UAC prompt. Windows PowerShell 2.0+.
#
# Design (read this before changing anything; the file is security-relevant):
# * KMS Tray never runs this file directly. A fixed bootstrap reads its bytes once, compares their
#   SHA-256 with the value computed from the copy inside KMS Tray, and runs exactly the bytes it
#   checked. A file swapped on disk is refused (exit 6). The bootstrap is short because ShellExecute
#   limits the command line of an elevated start.
# * Every argument comes from the unelevated side, so it is checked again here with the same rules as
#   in KMS Tray (org.kmstray.platform.windows.ArgumentRules): SKU and token are strict GUIDs; the host is
#   an ASCII DNS name or IP literal of at most 253 characters; the port is 1-65535; the SID is S-1-...;
#   ospp.vbs must lie under Program Files. Values reach WMI only as method arguments and cscript.exe (from
#   the system directory) only as single arguments; no shell ever sees them.
# * Unelevated (empty Token) the result goes to standard output. Elevated, ShellExecuteEx cannot capture
#   output, so the result goes to a file this script creates itself in a fresh directory
#   <Windows>\Temp\KmsTray-<Token>, the Windows directory taken from the OS here, never from a path or an
#   environment variable the user side could set. The directory is refused if it already exists, is a
#   reparse point or is not owned by Administrators or SYSTEM; its access list (not inherited) lets
#   Administrators and SYSTEM write and only the invoking user (UserSid) read. The user side passes only
#   the random token and reads the file after this process has exited, without following links.
# * The routes: CIM first (SetKeyManagementServiceMachine, SetKeyManagementServicePort, Activate on
#   SoftwareLicensingProduct or OfficeSoftwareProtectionProduct selected by ID). Only where the CIM
#   cmdlets do not exist (PowerShell 2.0) ospp.vbs /sethst, /setprt and /act, for Office products.
# * A failed CIM call's licensing HRESULT is read from MSFT_WmiError.error_Code, else from a
#   COMException; which of the two Windows fills is not yet verified on every version. A CIM "access
#   denied" without a code is reported as E_ACCESSDENIED, so the caller still knows to ask for elevation.
# * Result lines: "kmstray-result 1", then "product <sku> ok|fail <8 hex>|fail unknown|missing", then
#   "end". The ospp.vbs route writes "kmstray-ospp 1" followed by the script's own output.
# * Exit codes: 0 result written; 1 unexpected error; 2 argument refused; 3 result directory refused;
#   4 neither CIM nor a usable ospp.vbs; 6 (bootstrap) hash mismatch.
param(
    [string]$Token = '',
    [string]$UserSid = '',
    [string[]]$Sku = @(),
    [string]$KmsHost = '',
    [int]$KmsPort = 0,
    [string[]]$SetHost = @(),
    [string]$Ospp = ''
)
trap { exit 1 }
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

$GuidPattern = '\A[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\z'
$HostCharsPattern = '\A[A-Za-z0-9.:-]{1,253}\z'
$LabelPattern = '\A[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\z'
$Ipv4Pattern = '\A(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}\z'
$SidPattern = '\AS-1-[0-9]{1,2}(-[0-9]{1,10}){1,14}\z'
$OsppPattern = '\A[A-Za-z]:\\[A-Za-z0-9 ()._\\-]{1,240}\\[Oo][Ss][Pp][Pp]\.[Vv][Bb][Ss]\z'

function Test-HostName([string]$v) {
    if ($v -cnotmatch $HostCharsPattern) { return $false }
    if ($v.Contains(':')) {
        $ip = $null
        if (-not [System.Net.IPAddress]::TryParse($v, [ref]$ip)) { return $false }
        return $ip.AddressFamily -eq [System.Net.Sockets.AddressFamily]::InterNetworkV6
    }
    foreach ($label in $v.Split('.')) {
        if ($label -cnotmatch $LabelPattern) { return $false }
    }
    if ($v -cmatch '\A[0-9.]+\z') { return $v -cmatch $Ipv4Pattern }
    return $true
}

function Test-Arguments {
    if ($Token -ne '') {
        if ($Token -cnotmatch $GuidPattern) { return $false }
        if ($UserSid -cnotmatch $SidPattern) { return $false }
    } elseif ($UserSid -ne '') { return $false }
    if ($Sku.Count -lt 1 -or $Sku.Count -gt 64) { return $false }
    foreach ($s in $Sku) { if ($s -cnotmatch $GuidPattern) { return $false } }
    foreach ($s in $SetHost) {
        if ($s -cnotmatch $GuidPattern) { return $false }
        if (-not ($Sku -contains $s)) { return $false }
    }
    if ($SetHost.Count -gt 0) {
        if (-not (Test-HostName $KmsHost)) { return $false }
        if ($KmsPort -lt 1 -or $KmsPort -gt 65535) { return $false }
    } elseif ($KmsHost -ne '' -or $KmsPort -ne 0) { return $false }
    if ($Ospp -ne '') {
        if ($Ospp -cnotmatch $OsppPattern -or $Ospp.Contains('..')) { return $false }
    }
    return $true
}

# A plain Win32 error number (e.g. 5) becomes its HRESULT (0x80070005), as Windows itself reports it.
function ConvertTo-Hresult([int64]$value) {
    $v = $value -band 4294967295
    if ($v -gt 0 -and $v -lt 65536) { return $v -bor 2147942400 }
    return $v
}

function Get-Code($record) {
    $e = $record.Exception
    while ($e -ne $null) {
        if ($e.PSObject.Properties['ErrorData'] -ne $null -and $e.ErrorData -ne $null) {
            $p = $e.ErrorData.CimInstanceProperties['error_Code']
            if ($p -ne $null -and $p.Value -ne $null -and [int64]$p.Value -ne 0) { return ConvertTo-Hresult ([int64]$p.Value) }
        }
        # Without a licensing code, a CIM "access denied" is still the denial the caller must see (E_ACCESSDENIED).
        if ($e.GetType().FullName -eq 'Microsoft.Management.Infrastructure.CimException' -and [string]$e.NativeErrorCode -eq 'AccessDenied') {
            return [int64]2147942405
        }
        if ($e -is [System.Runtime.InteropServices.COMException]) { return ConvertTo-Hresult ([int64]$e.ErrorCode) }
        $e = $e.InnerException
    }
    return [int64]-1
}

function Find-Product([string]$id) {
    foreach ($class in @('SoftwareLicensingProduct', 'OfficeSoftwareProtectionProduct')) {
        try {
            $found = @(Get-CimInstance -ClassName $class -Filter ("ID='" + $id + "'") -OperationTimeoutSec 60)
            if ($found.Count -gt 0) { return $found[0] }
        } catch {
            # OfficeSoftwareProtectionProduct exists only where Office 2010 (or 2013/2016 on Windows 7) is.
        }
    }
    return $null
}

function Invoke-Step($product, [string]$method, $arguments) {
    try {
        if ($arguments -eq $null) {
            $r = Invoke-CimMethod -InputObject $product -MethodName $method -OperationTimeoutSec 90
        } else {
            $r = Invoke-CimMethod -InputObject $product -MethodName $method -Arguments $arguments -OperationTimeoutSec 90
        }
        if ($r -ne $null -and $r.ReturnValue -ne $null -and [int64]$r.ReturnValue -ne 0) { return ConvertTo-Hresult ([int64]$r.ReturnValue) }
        return [int64]0
    } catch {
        return Get-Code $_
    }
}

function Format-Result([string]$id, [int64]$code) {
    if ($code -eq 0) { return 'product ' + $id + ' ok' }
    if ($code -lt 0) { return 'product ' + $id + ' fail unknown' }
    return 'product ' + $id + ' fail ' + ('{0:X8}' -f $code)
}

function Invoke-Cim {
    $lines = New-Object System.Collections.ArrayList
    [void]$lines.Add('kmstray-result 1')
    foreach ($id in $Sku) {
        $p = Find-Product $id
        if ($p -eq $null) { [void]$lines.Add('product ' + $id + ' missing'); continue }
        $code = [int64]0
        if ($SetHost -contains $id) {
            $code = Invoke-Step $p 'SetKeyManagementServiceMachine' @{ MachineName = $KmsHost }
            if ($code -eq 0) { $code = Invoke-Step $p 'SetKeyManagementServicePort' @{ PortNumber = [uint32]$KmsPort } }
        }
        if ($code -eq 0) { $code = Invoke-Step $p 'Activate' $null }
        [void]$lines.Add((Format-Result $id $code))
    }
    [void]$lines.Add('end')
    return ($lines -join "`n") + "`n"
}

function Test-OsppPlace([string]$path) {
    $roots = @()
    foreach ($name in @('ProgramFiles', 'ProgramFilesX86')) {
        try { $roots += [Environment]::GetFolderPath($name) } catch { }
    }
    foreach ($root in $roots) {
        if ($root -and $path.StartsWith($root.TrimEnd('\') + '\', [System.StringComparison]::OrdinalIgnoreCase)) {
            return (Test-Path -LiteralPath $path -PathType Leaf)
        }
    }
    return $false
}

function Invoke-Ospp {
    # Windows PowerShell turns a native program's stderr line into a terminating error under 'Stop'.
    $ErrorActionPreference = 'Continue'
    $cscript = Join-Path ([Environment]::SystemDirectory) 'cscript.exe'
    $lines = New-Object System.Collections.ArrayList
    [void]$lines.Add('kmstray-ospp 1')
    if ($SetHost.Count -gt 0) {
        foreach ($l in @(& $cscript '//NoLogo' '//T:30' $Ospp ('/sethst:' + $KmsHost) 2>&1)) { [void]$lines.Add([string]$l) }
        foreach ($l in @(& $cscript '//NoLogo' '//T:30' $Ospp ('/setprt:' + $KmsPort) 2>&1)) { [void]$lines.Add([string]$l) }
    }
    foreach ($l in @(& $cscript '//NoLogo' '//T:60' $Ospp '/act' 2>&1)) { [void]$lines.Add([string]$l) }
    return ($lines -join "`n") + "`n"
}

function Write-Result([string]$text) {
    if ($Token -eq '') {
        # The reading side decodes UTF-8; without a console the encoding cannot be set and stays ASCII-safe.
        try { [Console]::OutputEncoding = New-Object System.Text.UTF8Encoding($false) } catch { }
        [Console]::Out.Write($text)
        return
    }
    $windows = $null
    try { $windows = [Environment]::GetFolderPath('Windows') } catch { }
    if (-not $windows) { $windows = Split-Path -Parent ([Environment]::SystemDirectory) }
    $dir = Join-Path (Join-Path $windows 'Temp') ('KmsTray-' + $Token)
    if (Test-Path -LiteralPath $dir) { exit 3 }
    $admins = New-Object System.Security.Principal.SecurityIdentifier('S-1-5-32-544')
    $system = New-Object System.Security.Principal.SecurityIdentifier('S-1-5-18')
    $user = New-Object System.Security.Principal.SecurityIdentifier($UserSid)
    $inherit = [System.Security.AccessControl.InheritanceFlags]'ContainerInherit, ObjectInherit'
    $none = [System.Security.AccessControl.PropagationFlags]::None
    $allow = [System.Security.AccessControl.AccessControlType]::Allow
    $acl = New-Object System.Security.AccessControl.DirectorySecurity
    $acl.SetAccessRuleProtection($true, $false)
    $acl.SetOwner($admins)
    $acl.AddAccessRule((New-Object System.Security.AccessControl.FileSystemAccessRule($admins, 'FullControl', $inherit, $none, $allow)))
    $acl.AddAccessRule((New-Object System.Security.AccessControl.FileSystemAccessRule($system, 'FullControl', $inherit, $none, $allow)))
    $acl.AddAccessRule((New-Object System.Security.AccessControl.FileSystemAccessRule($user, 'ReadAndExecute', $inherit, $none, $allow)))
    [void][System.IO.Directory]::CreateDirectory($dir, $acl)
    # CreateDirectory also succeeds on a directory planted between the check above and now: verify it is ours.
    $item = Get-Item -LiteralPath $dir -Force
    if (($item.Attributes -band [System.IO.FileAttributes]::ReparsePoint) -ne 0) { exit 3 }
    $owner = $item.GetAccessControl('Owner').GetOwner([System.Security.Principal.SecurityIdentifier]).Value
    if ($owner -ne 'S-1-5-32-544' -and $owner -ne 'S-1-5-18') { exit 3 }
    [System.IO.File]::WriteAllText((Join-Path $dir 'result.txt'), $text, (New-Object System.Text.UTF8Encoding($false)))
}

if (-not (Test-Arguments)) { exit 2 }
if (Get-Command Get-CimInstance -ErrorAction SilentlyContinue) {
    $text = Invoke-Cim
} elseif ($Ospp -ne '' -and (Test-OsppPlace $Ospp)) {
    $text = Invoke-Ospp
} else {
    exit 4
}
Write-Result $text
exit 0
