export function RecentlyDeletedScreen() {
  return <h1>Recently deleted</h1>;
}
