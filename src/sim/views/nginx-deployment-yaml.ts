/** The outline's nginx-deployment manifest as text, exactly as the Nginx example page shows it (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */

/** `nginx-deployment.yaml`: apps/v1 Deployment, 3 replicas of nginx:1.14.2 on port 80, label app: nginx. */
export const NGINX_DEPLOYMENT_YAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app: nginx
spec:
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
`;
